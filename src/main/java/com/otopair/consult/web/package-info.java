/** The HTTP side of live help: signed downloads of a session's shared files. */
@NullMarked
package com.otopair.consult.web;

import org.jspecify.annotations.NullMarked;
