/* hearth-confidence-chart-private.h: what the files of HearthConfidenceChart share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-confidence-chart.h"

G_BEGIN_DECLS

typedef struct
{
  char   *title;
  double  before;  /* NAN when nobody answered */
  double  after;
} HearthChartModule;

/* What one pass over the chart needs, to draw it or only to measure it. */
typedef struct
{
  GtkWidget *widget;   /* for its Pango context: font and direction */
  GArray    *modules;  /* HearthChartModule */
  cairo_t   *cr;       /* NULL when measuring */
  int        width;
  gboolean   rtl;
  GdkRGBA    text;
  GdkRGBA    accent;
} HearthChartPass;

int   hearth_confidence_chart_lay_out      (HearthChartPass *pass);
char *hearth_confidence_chart_format_value (double           value);

G_END_DECLS
