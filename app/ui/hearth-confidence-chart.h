/* hearth-confidence-chart.h: how sure learners feel, before and after each module
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define HEARTH_TYPE_CONFIDENCE_CHART (hearth_confidence_chart_get_type ())

G_DECLARE_FINAL_TYPE (HearthConfidenceChart, hearth_confidence_chart, HEARTH, CONFIDENCE_CHART, GtkWidget)

/* The highest answer of the survey's scale, which starts at 1. */
#define HEARTH_CONFIDENCE_SCALE_MAX 5

GtkWidget  *hearth_confidence_chart_new         (void);
void        hearth_confidence_chart_clear       (HearthConfidenceChart *self);
void        hearth_confidence_chart_add_module  (HearthConfidenceChart *self,
                                                 const char            *title,
                                                 double                 before,
                                                 double                 after);
guint       hearth_confidence_chart_get_n_modules (HearthConfidenceChart *self);
const char *hearth_confidence_chart_get_summary (HearthConfidenceChart *self);

G_END_DECLS
