/** Team: inviting mechanics by email, accepting or declining, and leaving or removing. */
@NullMarked
package com.otopair.team;

import org.jspecify.annotations.NullMarked;
