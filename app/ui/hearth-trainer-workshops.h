/* hearth-trainer-workshops.h: the trainer's workshops, and who is in each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRAINER_WORKSHOPS (hearth_trainer_workshops_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrainerWorkshops, hearth_trainer_workshops, HEARTH, TRAINER_WORKSHOPS, GtkWidget)

GtkWidget *hearth_trainer_workshops_new    (HearthContext          *context);
void       hearth_trainer_workshops_reload (HearthTrainerWorkshops *self);

G_END_DECLS
