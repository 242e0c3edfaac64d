/* hearth-policies-page.h: a learner's family agreements
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_POLICIES_PAGE (hearth_policies_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthPoliciesPage, hearth_policies_page, HEARTH, POLICIES_PAGE, GtkWidget)

GtkWidget *hearth_policies_page_new    (HearthContext      *context);
void       hearth_policies_page_reload (HearthPoliciesPage *self);

G_END_DECLS
