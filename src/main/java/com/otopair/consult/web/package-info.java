/**
 * The HTTP side of live help: signed downloads of a session's shared files and LiveKit's webhook
 * endpoint.
 */
@NullMarked
package com.otopair.consult.web;

import org.jspecify.annotations.NullMarked;
