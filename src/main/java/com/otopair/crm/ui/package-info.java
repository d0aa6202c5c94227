/** The CRM's and analytics' screens for admins and shop owners. */
@NullMarked
package com.otopair.crm.ui;

import org.jspecify.annotations.NullMarked;
