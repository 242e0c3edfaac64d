/* generate-profile.c: writes a generated profile into a data folder
 *
 *   generate-profile [--learners N] [--answers N] [--workshops N] [--seed N] DIR
 *
 * for trying Hearth, its dashboard or its report with many learners, and for
 * the command-line tests. DIR must not hold a profile yet.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gio/gio.h>

#include "hearth-bench-profile.h"
#include "hearth-store.h"

int
main (int    argc,
      char **argv)
{
  gint learners = 5000, answers = 1000000, workshops = 50, seed = 1;
  GOptionEntry entries[] = {
    { "learners", 0, 0, G_OPTION_ARG_INT, &learners, "How many learners (5000)", "N" },
    { "answers", 0, 0, G_OPTION_ARG_INT, &answers, "How many quiz answers in all (1000000)", "N" },
    { "workshops", 0, 0, G_OPTION_ARG_INT, &workshops, "How many workshops (50)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "The random seed (1)", "N" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("DIR");
  g_autoptr(HearthCourse) course = hearth_course_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *profile = NULL;
  HearthBenchShape shape;
  gint64 start;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 2 ||
      learners < 1 || answers < 0 || workshops < 0)
    {
      g_printerr ("generate-profile: %s\n", error != NULL ? error->message
                                                          : "give one data folder, and counts from 1 up");
      return 2;
    }

  profile = g_build_filename (argv[1], HEARTH_STORE_FILE_NAME, NULL);
  if (g_file_test (profile, G_FILE_TEST_EXISTS))
    {
      g_printerr ("generate-profile: %s already exists\n", profile);
      return 2;
    }

  hearth_course_load_resources (course, HEARTH_COURSE_RESOURCE_PATH);
  shape = (HearthBenchShape) { .learners = learners, .answers = answers, .workshops = workshops, .seed = seed };
  start = g_get_monotonic_time ();
  if (!hearth_bench_generate_profile (argv[1], course, &shape, &error))
    {
      g_printerr ("generate-profile: %s\n", error->message);
      return 1;
    }

  g_print ("%s: %d learners, %d answers, %d workshops in %.1f s\n", profile, learners, answers, workshops,
           (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  return 0;
}
