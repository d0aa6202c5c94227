/** The crm module's screens (internal): the admins' CRM page. */
@NullMarked
package com.otopair.crm.ui;

import org.jspecify.annotations.NullMarked;
