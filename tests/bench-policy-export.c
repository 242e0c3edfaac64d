/* bench-policy-export.c: how long exporting home-policy PDFs takes
 *
 * A filled bilingual policy (a family of three, every suggested rule ticked,
 * two of its own), and the six blank templates; the median of several runs
 * of each. Measured, never asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

#include "hearth-contacts.h"
#include "hearth-language.h"
#include "hearth-policy-pdf.h"

#define RUNS 5

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), compare_doubles);
  return values[RUNS / 2];
}

int
main (void)
{
  g_autoptr(HearthPolicyCatalogue) catalogue = hearth_policy_catalogue_load (NULL);
  g_autoptr(GPtrArray) contacts = hearth_contacts_load_national (NULL);
  g_autoptr(HearthPolicy) policy = hearth_policy_new ("Our home");
  g_autofree char *folder = g_dir_make_tmp ("hearth-bench-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (folder, "policy.pdf", NULL);
  GPtrArray *sections = hearth_policy_catalogue_get_sections (catalogue);
  const HearthLanguage *languages;
  double filled[RUNS], templates[RUNS];
  guint n_languages, pages = 0;

  hearth_policy_set_id (policy, 1);
  hearth_policy_add_child (policy, "Amina", 6, NULL);
  hearth_policy_add_child (policy, "Yusuf", 10, NULL);
  hearth_policy_add_child (policy, "Maryam", 15, NULL);
  for (guint s = 0; s < sections->len; s++)
    {
      HearthPolicySection *section = g_ptr_array_index (sections, s);
      g_autoptr(GPtrArray) suggested = hearth_policy_suggest (policy, section);

      for (guint r = 0; r < suggested->len; r++)
        hearth_policy_choose_rule (policy, section->id, ((HearthPolicyRule *) g_ptr_array_index (suggested, r))->id, TRUE);
    }
  hearth_policy_add_own_rule (policy, "gaming", "Games after homework, not before.", NULL);
  hearth_policy_add_own_rule (policy, "screen-time", "Sunday mornings are screen-free.", NULL);

  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      hearth_policy_export_pdf (catalogue, policy, contacts, "bn", TRUE, HEARTH_PAPER_A4, pdf, TRUE, &pages, NULL);
      filled[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  languages = hearth_language_get_all (&n_languages);
  for (guint run = 0; run < RUNS; run++)
    {
      gint64 start = g_get_monotonic_time ();

      for (guint i = 0; i < n_languages; i++)
        hearth_policy_export_pdf (catalogue, NULL, contacts, languages[i].code, FALSE, HEARTH_PAPER_A4, pdf,
                                  TRUE, NULL, NULL);
      templates[run] = (g_get_monotonic_time () - start) / 1000.0;
    }

  g_print ("filled bilingual policy (bn + en, %u rules, %u pages): median %.1f ms of %d runs\n",
           hearth_policy_get_choices (policy)->len, pages, median (filled), RUNS);
  g_print ("all %u blank templates: median %.1f ms of %d runs\n", n_languages, median (templates), RUNS);

  g_unlink (pdf);
  g_rmdir (folder);
  return 0;
}
