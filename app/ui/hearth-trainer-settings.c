/* hearth-trainer-settings.c: the trainer PIN, backup and restore
 *
 * Changing the PIN is asked of the trainer page, which shows the PIN pad.
 * Backup and restore go through file choosers to the store's own
 * hearth_store_backup() and hearth_store_restore(); a restore is confirmed
 * first, and afterwards the trainer is told in plain words what is on the
 * computer now, or why nothing was changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-trainer-settings.h"
#include "hearth-trainer-util.h"
#include "hearth-ui-util.h"

struct _HearthTrainerSettings
{
  GtkWidget             parent_instance;

  HearthContext        *context;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (HearthTrainerSettings, hearth_trainer_settings, GTK_TYPE_WIDGET)

enum {
  CHANGE_PIN,
  PROFILE_REPLACED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static HearthStore *
get_store (HearthTrainerSettings *self)
{
  return hearth_context_get_store (self->context);
}

/* Where the store keeps the profile it sets aside before a restore. */
static char *
backups_folder (HearthTrainerSettings *self)
{
  g_autofree char *folder = g_path_get_dirname (hearth_store_get_path (get_store (self)));

  return g_build_filename (folder, "backups", NULL);
}

static void
restore_confirmed (GObject  *object,
                   gpointer  data)
{
  hearth_trainer_settings_restore_from (HEARTH_TRAINER_SETTINGS (object), data);
}

/* Signal callbacks */

static void
backup_response_cb (GtkNativeDialog       *chooser,
                    int                    response,
                    HearthTrainerSettings *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                          : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

  g_clear_object (&self->chooser);
  if (path != NULL)
    hearth_trainer_settings_backup_to (self, path);
}

static void
restore_response_cb (GtkNativeDialog       *chooser,
                     int                    response,
                     HearthTrainerSettings *self)
{
  g_autoptr(GFile) file = response == GTK_RESPONSE_ACCEPT ? gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))
                                                          : NULL;
  g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
  g_autofree char *body = NULL;

  g_clear_object (&self->chooser);
  if (path == NULL)
    return;

  /* Translators: %s is the backup file */
  body = g_strdup_printf (_("The learners, their progress and the workshops on this computer will be "
                            "replaced by what is in “%s”. What is here now is kept aside first."), path);
  hearth_trainer_confirm (GTK_WIDGET (self), _("Put Back This Backup?"), body, _("_Restore"),
                          restore_confirmed, G_OBJECT (self), g_strdup (path), g_free);
}

/* Actions */

static void
open_chooser (HearthTrainerSettings *self,
              const char            *title,
              GtkFileChooserAction   action,
              const char            *accept_label,
              GCallback              response)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (title, GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *name = g_date_time_format (now, "hearth-backup-%Y-%m-%d.db");

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect (self->chooser, "response", response, self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
change_pin_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  g_signal_emit (widget, signals[CHANGE_PIN], 0);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  open_chooser (HEARTH_TRAINER_SETTINGS (widget), _("Save a Backup"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                G_CALLBACK (backup_response_cb));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  open_chooser (HEARTH_TRAINER_SETTINGS (widget), _("Choose a Backup to Put Back"), GTK_FILE_CHOOSER_ACTION_OPEN,
                _("_Choose"), G_CALLBACK (restore_response_cb));
}

/* GObject and GtkWidget vfuncs */

static void
hearth_trainer_settings_dispose (GObject *object)
{
  HearthTrainerSettings *self = HEARTH_TRAINER_SETTINGS (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_TRAINER_SETTINGS);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_trainer_settings_parent_class)->dispose (object);
}

static void
hearth_trainer_settings_class_init (HearthTrainerSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_trainer_settings_dispose;

  signals[CHANGE_PIN] =
    g_signal_new ("change-pin", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* After a restore: every learner, workshop and contact may have changed. */
  signals[PROFILE_REPLACED] =
    g_signal_new ("profile-replaced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/hearthapp/Hearth/ui/hearth-trainer-settings.ui");
  gtk_widget_class_install_action (widget_class, "settings.change-pin", NULL, change_pin_action);
  gtk_widget_class_install_action (widget_class, "settings.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "settings.restore", NULL, restore_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_trainer_settings_init (HearthTrainerSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public functions */

GtkWidget *
hearth_trainer_settings_new (HearthContext *context)
{
  HearthTrainerSettings *self = g_object_new (HEARTH_TYPE_TRAINER_SETTINGS, NULL);

  self->context = g_object_ref (context);
  return GTK_WIDGET (self);
}

/* Saves a backup in @file and says how it went. */
gboolean
hearth_trainer_settings_backup_to (HearthTrainerSettings *self,
                                   const char            *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (HEARTH_IS_TRAINER_SETTINGS (self), FALSE);

  if (get_store (self) == NULL || !hearth_store_backup (get_store (self), file, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Backup Was Not Made"),
                           error != NULL ? error->message : _("Hearth has no profile to copy."));
      return FALSE;
    }

  /* Translators: %s is the backup file */
  message = g_strdup_printf (_("The backup is saved in “%s”. Keep it safe: it has the learners’ names in it."), file);
  hearth_trainer_toast (GTK_WIDGET (self), message);
  return TRUE;
}

/* Puts back the backup in @file, or says why it was refused. */
gboolean
hearth_trainer_settings_restore_from (HearthTrainerSettings *self,
                                      const char            *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *body = NULL;
  guint n_learners;

  g_return_val_if_fail (HEARTH_IS_TRAINER_SETTINGS (self), FALSE);

  if (get_store (self) == NULL || !hearth_store_restore (get_store (self), file, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Backup Was Not Put Back"),
                           error != NULL ? error->message : _("Hearth has no profile to put it in."));
      return FALSE;
    }

  g_signal_emit (self, signals[PROFILE_REPLACED], 0);

  learners = hearth_store_list_learners (get_store (self), NULL);
  n_learners = learners != NULL ? learners->len : 0;
  aside = backups_folder (self);
  /* Translators: %1$s is the backup file, %2$u how many learners it has, %3$s a folder */
  body = g_strdup_printf (ngettext ("Hearth now has what was saved in “%1$s”: %2$u learner, with her progress. "
                                    "What was on this computer before is kept in the folder “%3$s”.",
                                    "Hearth now has what was saved in “%1$s”: %2$u learners, with their progress. "
                                    "What was on this computer before is kept in the folder “%3$s”.",
                                    n_learners),
                          file, n_learners, aside);
  hearth_trainer_tell (GTK_WIDGET (self), _("The Backup Is Back"), body);
  return TRUE;
}
