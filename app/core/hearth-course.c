/* hearth-course.c: every module Hearth teaches, in every language
 *
 * One bad file never takes the course down: a module that fails to load is
 * left out, its problem is kept (file:line: reason) for the window and for
 * `hearth --check-content`, and every other module still loads.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course.h"
#include "hearth-course-loader.h"

#include <string.h>

struct _HearthCourse
{
  GObject    parent_instance;

  GPtrArray *modules;   /* HearthModule, sorted by order then id */
  GPtrArray *problems;  /* char *, "file:line: reason" */
};

G_DEFINE_FINAL_TYPE (HearthCourse, hearth_course, G_TYPE_OBJECT)

static void
hearth_course_finalize (GObject *object)
{
  HearthCourse *self = HEARTH_COURSE (object);

  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (hearth_course_parent_class)->finalize (object);
}

static void
hearth_course_class_init (HearthCourseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hearth_course_finalize;
}

static void
hearth_course_init (HearthCourse *self)
{
  self->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_module_free);
  self->problems = g_ptr_array_new_with_free_func (g_free);
}

HearthCourse *
hearth_course_new (void)
{
  return g_object_new (HEARTH_TYPE_COURSE, NULL);
}

static int
compare_modules (gconstpointer a,
                 gconstpointer b)
{
  const HearthModule *module_a = *(HearthModule * const *) a;
  const HearthModule *module_b = *(HearthModule * const *) b;

  if (module_a->order != module_b->order)
    return module_a->order < module_b->order ? -1 : 1;

  return strcmp (module_a->id, module_b->id);
}

/* Parses one module and adds it. On failure the problem is also kept in the
 * course's list of problems, so callers may ignore @error. */
gboolean
hearth_course_add_module_data (HearthCourse  *self,
                               const char    *file_name,
                               const char    *data,
                               gssize         length,
                               GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(HearthModule) module = NULL;

  g_return_val_if_fail (HEARTH_IS_COURSE (self), FALSE);

  module = hearth_course_parse_module (file_name, data, length, &local_error);
  if (module != NULL && hearth_course_find_module (self, module->id) != NULL)
    g_set_error (&local_error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_DUPLICATE,
                 "%s:1: another file already has a module with the id “%s”",
                 file_name, module->id);

  if (local_error != NULL)
    {
      g_ptr_array_add (self->problems, g_strdup (local_error->message));
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  g_ptr_array_add (self->modules, g_steal_pointer (&module));
  g_ptr_array_sort (self->modules, compare_modules);
  return TRUE;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Loads every .xml file in a GResource folder. Problems are recorded, not
 * returned: a broken module must never stop the application starting. */
void
hearth_course_load_resources (HearthCourse *self,
                              const char   *resource_path)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) children = NULL;

  g_return_if_fail (HEARTH_IS_COURSE (self));

  children = g_resources_enumerate_children (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (children == NULL)
    {
      g_ptr_array_add (self->problems,
                       g_strdup_printf ("%s: the course is missing from this build of Hearth (%s)",
                                        resource_path, error->message));
      return;
    }

  qsort (children, g_strv_length (children), sizeof (char *), compare_names);
  for (guint i = 0; children[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!g_str_has_suffix (children[i], ".xml"))
        continue;

      path = g_build_path ("/", resource_path, children[i], NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        hearth_course_add_module_data (self, children[i],
                                       g_bytes_get_data (bytes, NULL),
                                       g_bytes_get_size (bytes), NULL);
    }
}

/* Loads every .xml (or .xml.in) file in a folder on disk: content authors and
 * tests use this through `--course-dir`. Fails only when the folder cannot be
 * read. */
gboolean
hearth_course_load_directory (HearthCourse  *self,
                              const char    *path,
                              GError       **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_return_val_if_fail (HEARTH_IS_COURSE (self), FALSE);

  dir = g_dir_open (path, 0, error);
  if (dir == NULL)
    return FALSE;

  /* .xml.in too: the English sources in data/course/ can be checked as they
   * are written, with line numbers in the files an author edits. */
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml") || g_str_has_suffix (name, ".xml.in"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file_name = g_ptr_array_index (names, i);
      g_autofree char *file_path = g_build_filename (path, file_name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) read_error = NULL;
      gsize length = 0;

      if (!g_file_get_contents (file_path, &contents, &length, &read_error))
        {
          g_ptr_array_add (self->problems, g_strdup_printf ("%s:0: %s", file_name, read_error->message));
          continue;
        }

      hearth_course_add_module_data (self, file_name, contents, length, NULL);
    }

  return TRUE;
}

guint
hearth_course_get_n_modules (HearthCourse *self)
{
  g_return_val_if_fail (HEARTH_IS_COURSE (self), 0);
  return self->modules->len;
}

HearthModule *
hearth_course_get_module (HearthCourse *self,
                          guint         index)
{
  g_return_val_if_fail (HEARTH_IS_COURSE (self), NULL);
  g_return_val_if_fail (index < self->modules->len, NULL);
  return g_ptr_array_index (self->modules, index);
}

HearthModule *
hearth_course_find_module (HearthCourse *self,
                           const char   *module_id)
{
  g_return_val_if_fail (HEARTH_IS_COURSE (self), NULL);

  for (guint i = 0; i < self->modules->len; i++)
    {
      HearthModule *module = g_ptr_array_index (self->modules, i);

      if (g_strcmp0 (module->id, module_id) == 0)
        return module;
    }

  return NULL;
}

/* Returns the problems found while loading, as "file:line: reason" strings. */
GPtrArray *
hearth_course_get_problems (HearthCourse *self)
{
  g_return_val_if_fail (HEARTH_IS_COURSE (self), NULL);
  return self->problems;
}

static void
count_text (const HearthText   *text,
            const char         *language,
            HearthCourseCounts *counts)
{
  if (text != NULL && !hearth_text_has (text, language))
    counts->missing++;
}

void
hearth_course_count (HearthCourse       *self,
                     const char         *language,
                     HearthCourseCounts *counts)
{
  g_return_if_fail (HEARTH_IS_COURSE (self));
  g_return_if_fail (counts != NULL);

  memset (counts, 0, sizeof *counts);
  counts->modules = self->modules->len;

  for (guint m = 0; m < self->modules->len; m++)
    {
      HearthModule *module = g_ptr_array_index (self->modules, m);

      count_text (module->title, language, counts);
      count_text (module->summary, language, counts);
      if (module->picture != NULL)
        count_text (module->picture->description, language, counts);

      counts->lessons += module->lessons->len;
      for (guint l = 0; l < module->lessons->len; l++)
        {
          HearthLesson *lesson = g_ptr_array_index (module->lessons, l);

          count_text (lesson->title, language, counts);
          counts->steps += lesson->steps->len;
          for (guint s = 0; s < lesson->steps->len; s++)
            {
              HearthStep *step = g_ptr_array_index (lesson->steps, s);

              count_text (step->text, language, counts);
              count_text (step->key_message, language, counts);
              count_text (step->talk_about_it, language, counts);
              if (step->picture != NULL)
                count_text (step->picture->description, language, counts);
            }
        }

      counts->questions += module->questions->len;
      for (guint q = 0; q < module->questions->len; q++)
        {
          HearthQuestion *question = g_ptr_array_index (module->questions, q);

          count_text (question->prompt, language, counts);
          for (guint o = 0; o < question->options->len; o++)
            {
              HearthOption *option = g_ptr_array_index (question->options, o);

              count_text (option->text, language, counts);
              count_text (option->feedback, language, counts);
            }
        }
    }
}
