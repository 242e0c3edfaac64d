/* hearth-export-command.c: exporting home-policy sheets from the command line
 *
 * For trainers preparing a workshop, with no display needed:
 *   hearth --export-policy-template --language LANG [--bilingual] [--paper a4|letter] --output FILE.pdf
 *   hearth --export-policy-template --language all --output DIR
 *   hearth --export-policy ID --output FILE.pdf
 * A mistake in the arguments gets one line saying what is wrong and exit
 * status 2; a file that cannot be written, exit status 1.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-context.h"
#include "hearth-export-command.h"
#include "hearth-i18n.h"
#include "hearth-language.h"
#include "hearth-policy-pdf.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gstdio.h>

#define EXIT_BAD_ARGUMENTS 2

typedef struct
{
  HearthPolicyCatalogue *catalogue;
  GPtrArray             *contacts;
  gboolean               bilingual;
  HearthPaper            paper;
  gboolean               replace;
} Export;

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
export_one (Export       *export,
            HearthPolicy *policy,
            const char   *language,
            const char   *path)
{
  g_autoptr(GError) error = NULL;
  guint pages = 0;

  if (!hearth_policy_export_pdf (export->catalogue, policy, export->contacts, language, export->bilingual,
                                 export->paper, path, export->replace, &pages, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        return bad_arguments (_("%s Add --force to replace it."), error->message);
      g_printerr ("hearth: %s\n", error->message);
      return 1;
    }

  g_print ("%s (%s, %u)\n", path, language, pages);
  return 0;
}

static int
export_templates (Export     *export,
                  const char *language,
                  const char *output)
{
  const HearthLanguage *languages;
  guint n_languages;

  if (g_strcmp0 (language, "all") != 0)
    return export_one (export, NULL, language, output);

  /* One sheet per language, into a folder. */
  if (g_mkdir_with_parents (output, 0755) != 0)
    {
      g_printerr ("hearth: %s\n", g_strerror (errno));
      return 1;
    }

  languages = hearth_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      g_autofree char *name = g_strdup_printf ("hearth-home-policy-%s%s.pdf", languages[i].code,
                                               export->bilingual && i > 0 ? "-bilingual" : "");
      g_autofree char *path = g_build_filename (output, name, NULL);
      int status = export_one (export, NULL, languages[i].code, path);

      if (status != 0)
        return status;
    }

  return 0;
}

static int
export_saved_policy (Export     *export,
                     gint64      policy_id,
                     const char *language,
                     const char *data_dir,
                     const char *output)
{
  g_autofree char *default_dir = NULL;
  g_autofree char *profile = NULL;
  g_autoptr(HearthStore) store = NULL;
  g_autoptr(HearthPolicy) policy = NULL;
  g_autoptr(GPtrArray) learners = NULL;
  g_autoptr(GError) error = NULL;
  gint64 learner_id = 0;

  if (data_dir == NULL)
    data_dir = default_dir = hearth_default_data_dir ();
  profile = g_build_filename (data_dir, "profile.db", NULL);
  if (!g_file_test (profile, G_FILE_TEST_EXISTS))
    return bad_arguments (_("There is no Hearth profile in “%s”."), data_dir);

  store = hearth_store_open (data_dir, &error);
  if (store == NULL)
    {
      g_printerr ("hearth: %s\n", error->message);
      return 1;
    }

  policy = hearth_store_load_policy (store, policy_id, &learner_id, &error);
  if (policy == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return bad_arguments ("%s", error->message);
      g_printerr ("hearth: %s\n", error->message);
      return 1;
    }

  /* In the family's own language unless another is asked for. */
  learners = hearth_store_list_learners (store, NULL);
  for (guint i = 0; language == NULL && learners != NULL && i < learners->len; i++)
    if (hearth_learner_get_id (g_ptr_array_index (learners, i)) == learner_id)
      language = hearth_learner_get_language (g_ptr_array_index (learners, i));

  return export_one (export, policy, language != NULL ? language : HEARTH_SOURCE_LANGUAGE, output);
}

/* Runs an export asked for with @options; returns the exit status, or -1
 * when the options ask for no export. */
int
hearth_export_command (GVariantDict *options,
                       const char   *data_dir)
{
  g_autoptr(HearthPolicyCatalogue) catalogue = NULL;
  g_autoptr(GPtrArray) contacts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *output = NULL;
  const char *language = NULL, *paper = "a4";
  gboolean template_wanted = g_variant_dict_contains (options, "export-policy-template");
  gint64 policy_id = 0;
  Export export = { 0 };

  if (!template_wanted && !g_variant_dict_lookup (options, "export-policy", "x", &policy_id))
    return -1;

  g_variant_dict_lookup (options, "language", "&s", &language);
  g_variant_dict_lookup (options, "paper", "&s", &paper);
  g_variant_dict_lookup (options, "output", "^ay", &output);
  export.bilingual = g_variant_dict_contains (options, "bilingual");
  export.replace = g_variant_dict_contains (options, "force");

  if (template_wanted && g_variant_dict_contains (options, "export-policy"))
    return bad_arguments (_("Choose either --export-policy-template or --export-policy, not both."));
  if (!hearth_paper_from_string (paper, &export.paper))
    return bad_arguments (_("Unknown paper “%s”: use a4 or letter."), paper);
  if (output == NULL || *output == '\0')
    return bad_arguments (_("Say where to write the sheet with --output."));
  if (template_wanted && language == NULL)
    return bad_arguments (_("Say which language with --language: en, bn, ar, ur, hi, so, or all."));
  if (language != NULL && hearth_language_lookup (language) == NULL &&
      !(template_wanted && g_strcmp0 (language, "all") == 0))
    return bad_arguments (_("Unknown language “%s”: use en, bn, ar, ur, hi or so%s."), language,
                          template_wanted ? _(", or all") : "");
  if (!template_wanted && policy_id <= 0)
    return bad_arguments (_("An agreement number is a whole number from 1 up."));

  catalogue = hearth_policy_catalogue_load (&error);
  if (catalogue == NULL)
    {
      g_printerr ("hearth: %s\n", error->message);
      return 1;
    }
  contacts = hearth_contacts_load_national (NULL);
  export.catalogue = catalogue;
  export.contacts = contacts;

  if (template_wanted)
    return export_templates (&export, language, output);

  return export_saved_policy (&export, policy_id, language, data_dir, output);
}
