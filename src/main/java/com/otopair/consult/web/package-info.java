/** Live sessions over HTTP: LiveKit's webhook endpoint. */
@NullMarked
package com.otopair.consult.web;

import org.jspecify.annotations.NullMarked;
