/* hearth-add-learner-page.h: "Add me": a new learner's name, language and picture
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_ADD_LEARNER_PAGE (hearth_add_learner_page_get_type ())

G_DECLARE_FINAL_TYPE (HearthAddLearnerPage, hearth_add_learner_page, HEARTH, ADD_LEARNER_PAGE, GtkWidget)

GtkWidget *hearth_add_learner_page_new   (HearthContext        *context);
void       hearth_add_learner_page_reset (HearthAddLearnerPage *self);

G_END_DECLS
