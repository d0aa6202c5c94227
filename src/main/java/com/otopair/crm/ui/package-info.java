/**
 * The crm module's screens (internal): the admins' CRM page, the analytics pages, and the upsell
 * cards on the customer's home and booking page.
 */
@NullMarked
package com.otopair.crm.ui;

import org.jspecify.annotations.NullMarked;
