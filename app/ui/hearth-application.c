/* hearth-application.c: the Hearth application
 *
 * Handles the command line (some of which needs no display at all), and
 * opens the window with a context for the chosen data folder.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-application.h"
#include "hearth-content-report.h"
#include "hearth-content-rules.h"
#include "hearth-context.h"
#include "hearth-export-command.h"
#include "hearth-profile-command.h"
#include "hearth-speak-command.h"
#include "hearth-window.h"

struct _HearthApplication
{
  AdwApplication  parent_instance;

  char           *data_dir;
  char           *course_dir;
};

G_DEFINE_FINAL_TYPE (HearthApplication, hearth_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version of Hearth and quit"), NULL },
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Keep learners’ progress in DIR, for example on a USB stick"), N_("DIR") },
  { "course-dir", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Read the course from the XML files in DIR instead of the built-in course"), N_("DIR") },
  { "check-content", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check every module in every language, print a summary and quit"), NULL },
  { "export-policy-template", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Write a blank home-policy sheet to fill in by hand, as a PDF"), NULL },
  { "export-policy", 0, 0, G_OPTION_ARG_INT64, NULL,
    N_("Write the saved home policy number ID as a PDF"), N_("ID") },
  { "language", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The sheet’s language: en, bn, ar, ur, hi, so, or all for one sheet each"), N_("LANG") },
  { "bilingual", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the English beneath each line"), NULL },
  { "paper", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Paper size: a4 (the default) or letter"), N_("PAPER") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where to write the PDF (a folder with --language all)"), N_("FILE") },
  { "force", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Replace a file that is already there"), NULL },
  { "speak", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Read TEXT aloud in --language into the WAV file --output"), N_("TEXT") },
  { "rate", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --speak: how fast to read: slow, normal or fast"), N_("RATE") },
  { "export-report", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Write the anonymised report of every learner’s results as CSV"), N_("FILE") },
  { "workshop", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --export-report: only the learners of the workshop called NAME"), N_("NAME") },
  { "backup", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save a copy of the profile in FILE"), N_("FILE") },
  { "restore", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Put back the profile saved in FILE, keeping the current one in the backups folder"), N_("FILE") },
  { NULL }
};

static int
check_content (HearthApplication *self)
{
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autofree char *report = NULL;
  gboolean valid = FALSE;

  if (self->course_dir != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!hearth_course_load_directory (course, self->course_dir, &error))
        {
          g_printerr ("%s: %s\n", self->course_dir, error->message);
          return 1;
        }
    }
  else
    {
      hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
      hearth_course_check_pictures (course, HEARTH_PICTURES_RESOURCE_PATH);
    }

  hearth_course_check_rules (course);
  report = hearth_content_report (course, &valid);
  g_print ("%s", report);
  return valid ? 0 : 1;
}

static int
hearth_application_handle_local_options (GApplication *application,
                                         GVariantDict *options)
{
  HearthApplication *self = HEARTH_APPLICATION (application);
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("hearth %s\n", PACKAGE_VERSION);
      return 0;
    }

  g_variant_dict_lookup (options, "data-dir", "^ay", &self->data_dir);
  g_variant_dict_lookup (options, "course-dir", "^ay", &self->course_dir);

  if (g_variant_dict_contains (options, "check-content"))
    return check_content (self);

  status = hearth_export_command (options, self->data_dir);
  if (status >= 0)
    return status;

  status = hearth_speak_command (options);
  if (status >= 0)
    return status;

  status = hearth_profile_command (options, self->data_dir, self->course_dir);
  if (status >= 0)
    return status;

  /* Another folder means another set of learners: run on its own rather than
   * hand over to a Hearth already open on a different profile. */
  if (self->data_dir != NULL || self->course_dir != NULL)
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
hearth_application_activate (GApplication *application)
{
  HearthApplication *self = HEARTH_APPLICATION (application);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      g_autoptr(HearthContext) context = hearth_context_new (self->data_dir, self->course_dir);
      GPtrArray *problems = hearth_course_get_problems (hearth_context_get_course (context));

      /* Content problems are for whoever maintains this copy; the learner
       * sees a short notice in the window instead. */
      for (guint i = 0; i < problems->len; i++)
        g_printerr ("%s\n", (const char *) g_ptr_array_index (problems, i));

      window = GTK_WINDOW (hearth_window_new (self, context));
    }

  gtk_window_present (window);
}

static void
show_about_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GtkApplication *application = user_data;
  GtkWindow *window = gtk_application_get_active_window (application);

  adw_show_about_window (window,
                         "application-name", "Hearth",
                         "application-icon", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Keeping children safe online"),
                         "developer-name", _("The Hearth team"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_cb (GSimpleAction *action,
         GVariant      *parameter,
         gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
hearth_application_startup (GApplication *application)
{
  static const GActionEntry actions[] = {
    { "about", show_about_cb },
    { "quit", quit_cb },
  };

  G_APPLICATION_CLASS (hearth_application_parent_class)->startup (application);

  /* The installed icon, for the window's icon where the desktop does not
   * take it from the desktop entry (X11, Windows). */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), actions,
                                   G_N_ELEMENTS (actions), application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit",
                                         (const char *[]) { "<Control>q", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.back",
                                         (const char *[]) { "<Alt>Left", "<Alt>Right", NULL });
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.manual",
                                         (const char *[]) { "F1", NULL });
  /* Quick exit (help/C/quick-exit.page). Not Esc alone: Esc already skips
   * the survey, closes menus, dialogs and toasts, and an application
   * shortcut is seen before any of them, so it would take those away, and
   * a learner closing a menu would see Hearth vanish. Shift+Esc keeps the
   * Esc key many safety websites use for leaving quickly, with Shift held:
   * nothing in GTK, libadwaita or Hearth uses it, it needs no Fn key on a
   * laptop (F12 often does), and Esc is in the same place in every keyboard
   * layout. Dialogs get it too (hearth-window-quick-exit.c). */
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.quick-exit",
                                         (const char *[]) { "<Shift>Escape", NULL });
}

static void
hearth_application_finalize (GObject *object)
{
  HearthApplication *self = HEARTH_APPLICATION (object);

  g_free (self->data_dir);
  g_free (self->course_dir);

  G_OBJECT_CLASS (hearth_application_parent_class)->finalize (object);
}

static void
hearth_application_class_init (HearthApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = hearth_application_finalize;
  app_class->handle_local_options = hearth_application_handle_local_options;
  app_class->startup = hearth_application_startup;
  app_class->activate = hearth_application_activate;
}

static void
hearth_application_init (HearthApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Hearth: Keeping children safe online"));
}

HearthApplication *
hearth_application_new (const char        *application_id,
                        GApplicationFlags  flags)
{
  return g_object_new (HEARTH_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       /* The same resources serve the release and the .Devel build. */
                       "resource-base-path", "/org/hearthapp/Hearth",
                       NULL);
}
