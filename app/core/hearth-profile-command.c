/* hearth-profile-command.c: the report, backup and restore from the command line
 *
 * For trainers, with no display needed:
 *   hearth --export-report FILE.csv [--workshop NAME]
 *   hearth --backup FILE
 *   hearth --restore FILE
 * each with --data-dir for another profile, and --force to replace a file
 * that is there already (for --restore, the profile in the data folder, which
 * is kept in its backups folder all the same). A mistake in the arguments gets
 * one line saying what is wrong and exit status 2; a failure, such as a file
 * that is not a Hearth profile, a message and exit status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-context.h"
#include "hearth-i18n.h"
#include "hearth-outcomes.h"
#include "hearth-profile-command.h"
#include "hearth-report.h"
#include "hearth-workshop.h"

#include <gio/gio.h>
#include <glib/gstdio.h>

#define EXIT_BAD_ARGUMENTS 2

G_GNUC_PRINTF (1, 2)
static int
bad_arguments (const char *format,
               ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_printerr ("hearth: %s\n", message);
  return EXIT_BAD_ARGUMENTS;
}

static int
failed (GError *error)
{
  g_printerr ("hearth: %s\n", error->message);
  return 1;
}

static gboolean
profile_exists (const char *data_dir)
{
  g_autofree char *profile = g_build_filename (data_dir, HEARTH_STORE_FILE_NAME, NULL);

  return g_file_test (profile, G_FILE_TEST_EXISTS);
}

/* Opens the profile that must already be in @data_dir; NULL with the exit
 * status in @status when it cannot. */
static HearthStore *
open_existing_store (const char *data_dir,
                     int        *status)
{
  g_autoptr(GError) error = NULL;
  HearthStore *store;

  if (!profile_exists (data_dir))
    {
      *status = bad_arguments (_("There is no Hearth profile in “%s”."), data_dir);
      return NULL;
    }

  store = hearth_store_open (data_dir, &error);
  if (store == NULL)
    *status = failed (error);
  return store;
}

static int
export_report (const char *output,
               const char *workshop_name,
               const char *data_dir,
               const char *course_dir)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(HearthWorkshop) workshop = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);
  g_autoptr(GError) error = NULL;
  int status = 0;

  store = open_existing_store (data_dir, &status);
  if (store == NULL)
    return status;

  if (workshop_name != NULL)
    {
      workshop = hearth_store_find_workshop_by_name (store, workshop_name, &error);
      if (workshop == NULL)
        return g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND)
               ? bad_arguments ("%s", error->message) : failed (error);
    }

  if (course_dir != NULL)
    {
      if (!hearth_course_load_directory (course, course_dir, &error))
        return failed (error);
    }
  else
    hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);

  outcomes = hearth_outcomes_load (store, course, workshop != NULL ? workshop->id : 0, &error);
  if (outcomes == NULL || !hearth_report_write_csv (outcomes, file, &error))
    return failed (error);

  g_print ("%s (%u)\n", output, outcomes->len);
  return 0;
}

static int
backup (const char *output,
        const char *data_dir)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  store = open_existing_store (data_dir, &status);
  if (store == NULL)
    return status;

  if (!hearth_store_backup (store, output, &error))
    return failed (error);

  g_print ("%s\n", output);
  return 0;
}

/* Removes the empty profile made to restore into, when the restore was
 * refused: a refused restore leaves things as they were. */
static void
remove_new_profile (const char *data_dir,
                    gboolean    folder_was_there)
{
  static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *name = g_strconcat (HEARTH_STORE_FILE_NAME, suffixes[i], NULL);
      g_autofree char *path = g_build_filename (data_dir, name, NULL);

      g_unlink (path);
    }

  if (!folder_was_there)
    g_rmdir (data_dir);
}

static int
restore (const char *input,
         const char *data_dir)
{
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *backups = g_build_filename (data_dir, "backups", NULL);
  gboolean folder_was_there = g_file_test (data_dir, G_FILE_TEST_IS_DIR);
  gboolean profile_was_there = profile_exists (data_dir);

  /* A new data folder gets a new, empty profile to restore into. */
  store = hearth_store_open (data_dir, &error);
  if (store == NULL)
    return failed (error);

  if (!hearth_store_restore (store, input, &error))
    {
      g_clear_object (&store);
      if (!profile_was_there)
        remove_new_profile (data_dir, folder_was_there);
      return failed (error);
    }

  /* Translators: the first %s is the backup restored, the second the folder
   * of backups, where the profile from before the restore is kept */
  g_print (_("Restored “%s”. The profile from before is kept in “%s”.\n"), input, backups);
  return 0;
}

/* Runs a command asked for with @options; returns the exit status, or -1
 * when the options ask for none of these. */
int
hearth_profile_command (GVariantDict *options,
                        const char   *data_dir,
                        const char   *course_dir)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *report = NULL;
  g_autofree char *backup_file = NULL;
  g_autofree char *restore_file = NULL;
  const char *workshop = NULL;
  gboolean replace = g_variant_dict_contains (options, "force");
  guint wanted;

  g_variant_dict_lookup (options, "export-report", "^ay", &report);
  g_variant_dict_lookup (options, "backup", "^ay", &backup_file);
  g_variant_dict_lookup (options, "restore", "^ay", &restore_file);
  g_variant_dict_lookup (options, "workshop", "&s", &workshop);

  wanted = (report != NULL) + (backup_file != NULL) + (restore_file != NULL);
  if (wanted == 0)
    return workshop != NULL ? bad_arguments (_("--workshop goes with --export-report.")) : -1;
  if (wanted > 1)
    return bad_arguments (_("Choose one of --export-report, --backup and --restore."));
  if (workshop != NULL && report == NULL)
    return bad_arguments (_("--workshop goes with --export-report."));

  if (data_dir == NULL)
    data_dir = default_dir = hearth_default_data_dir ();

  if (report != NULL || backup_file != NULL)
    {
      const char *output = report != NULL ? report : backup_file;

      if (*output == '\0')
        return bad_arguments (_("Say which file to write."));
      if (g_file_test (output, G_FILE_TEST_IS_DIR))
        return bad_arguments (_("“%s” is a folder. Give the name of a file to write."), output);
      if (!replace && g_file_test (output, G_FILE_TEST_EXISTS))
        return bad_arguments (_("“%s” already exists. Add --force to replace it."), output);

      return report != NULL ? export_report (report, workshop, data_dir, course_dir)
                            : backup (backup_file, data_dir);
    }

  if (!g_file_test (restore_file, G_FILE_TEST_IS_REGULAR))
    return bad_arguments (_("There is no file “%s” to restore."), restore_file);
  if (!replace && profile_exists (data_dir))
    return bad_arguments (_("There is a profile in “%s” already. Add --force to replace it; "
                            "it will be kept in its backups folder."), data_dir);

  return restore (restore_file, data_dir);
}
