/* hearth-learner-picker.h: "Who is learning today?"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_LEARNER_PICKER (hearth_learner_picker_get_type ())

G_DECLARE_FINAL_TYPE (HearthLearnerPicker, hearth_learner_picker, HEARTH, LEARNER_PICKER, GtkWidget)

GtkWidget *hearth_learner_picker_new    (HearthContext       *context);
void       hearth_learner_picker_reload (HearthLearnerPicker *self);

G_END_DECLS
