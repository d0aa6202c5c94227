/**
 * The Otopair chart: {@link com.otopair.base.ui.chart.Chart}, a server-side Vaadin component over
 * Apache ECharts with a table of the same numbers for screen readers.
 */
@NullMarked
package com.otopair.base.ui.chart;

import org.jspecify.annotations.NullMarked;
