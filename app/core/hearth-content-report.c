/* hearth-content-report.c: the summary `hearth --check-content` prints
 *
 * One line per language, in a fixed form that scripts and CI read:
 *   en modules=1 lessons=3 steps=18 questions=8 missing=0
 * then every problem as file:line: reason.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-content-report.h"
#include "hearth-language.h"

static void
check_picture (HearthCourse  *self,
               HearthModule  *module,
               HearthPicture *picture,
               const char    *pictures_resource_path,
               gboolean      *all_found)
{
  g_autofree char *path = NULL;

  if (picture == NULL)
    return;

  path = g_build_path ("/", pictures_resource_path, picture->src, NULL);
  if (!g_resources_get_info (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL, NULL, NULL))
    {
      g_ptr_array_add (hearth_course_get_problems (self),
                       g_strdup_printf ("%s: picture “%s” is not in the application's resources",
                                        module->file, picture->src));
      *all_found = FALSE;
    }
}

/* Checks that every picture the course names was built into the resources,
 * adding a problem for each one that was not. */
gboolean
hearth_course_check_pictures (HearthCourse *self,
                              const char   *pictures_resource_path)
{
  gboolean all_found = TRUE;

  for (guint m = 0; m < hearth_course_get_n_modules (self); m++)
    {
      HearthModule *module = hearth_course_get_module (self, m);

      check_picture (self, module, module->picture, pictures_resource_path, &all_found);
      for (guint l = 0; l < module->lessons->len; l++)
        {
          HearthLesson *lesson = g_ptr_array_index (module->lessons, l);

          for (guint s = 0; s < lesson->steps->len; s++)
            check_picture (self, module, ((HearthStep *) g_ptr_array_index (lesson->steps, s))->picture,
                           pictures_resource_path, &all_found);
        }
    }

  return all_found;
}

char *
hearth_content_report (HearthCourse *self,
                       gboolean     *valid)
{
  GString *report = g_string_new (NULL);
  const HearthLanguage *languages;
  GPtrArray *problems;
  guint n_languages;

  languages = hearth_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      HearthCourseCounts counts;

      hearth_course_count (self, languages[i].code, &counts);
      g_string_append_printf (report, "%s modules=%u lessons=%u steps=%u questions=%u missing=%u\n",
                              languages[i].code, counts.modules, counts.lessons, counts.steps,
                              counts.questions, counts.missing);
    }

  problems = hearth_course_get_problems (self);
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (report, "%s\n", (const char *) g_ptr_array_index (problems, i));

  if (valid != NULL)
    *valid = problems->len == 0;

  return g_string_free (report, FALSE);
}
