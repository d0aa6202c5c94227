/**
 * The CRM: every customer's interactions with Otopair, recorded from the other modules' events
 * (never from views), the funnel from intake to a booking or follow-up, weekly cohorts, one
 * customer's timeline, and the upsell recommendations shown to customers.
 */
@NullMarked
package com.otopair.crm;

import org.jspecify.annotations.NullMarked;
