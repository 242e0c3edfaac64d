/* hearth-dashboard-view.h: how the learners are doing, for the trainer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_DASHBOARD_VIEW (hearth_dashboard_view_get_type ())

G_DECLARE_FINAL_TYPE (HearthDashboardView, hearth_dashboard_view, HEARTH, DASHBOARD_VIEW, GtkWidget)

GtkWidget *hearth_dashboard_view_new       (HearthContext       *context);
void       hearth_dashboard_view_reload    (HearthDashboardView *self);
gint64     hearth_dashboard_view_get_workshop (HearthDashboardView *self);
void       hearth_dashboard_view_set_workshop (HearthDashboardView *self,
                                               gint64               workshop_id);
gboolean   hearth_dashboard_view_export_to (HearthDashboardView *self,
                                            GFile               *file);

G_END_DECLS
