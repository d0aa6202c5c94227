/**
 * Jobs: the shop's work orders, from a booking or a walk-in, with estimates the customer approves
 * line by line, a status machine whose every step is recorded, and a live job board.
 */
@NullMarked
package com.otopair.jobs;

import org.jspecify.annotations.NullMarked;
