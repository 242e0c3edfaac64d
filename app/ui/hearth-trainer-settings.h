/* hearth-trainer-settings.h: the trainer PIN, backup and restore
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_TRAINER_SETTINGS (hearth_trainer_settings_get_type ())

G_DECLARE_FINAL_TYPE (HearthTrainerSettings, hearth_trainer_settings, HEARTH, TRAINER_SETTINGS, GtkWidget)

GtkWidget *hearth_trainer_settings_new          (HearthContext         *context);
gboolean   hearth_trainer_settings_backup_to    (HearthTrainerSettings *self,
                                                 const char            *file);
gboolean   hearth_trainer_settings_restore_from (HearthTrainerSettings *self,
                                                 const char            *file);

G_END_DECLS
