/* hearth-course-model.c: modules, lessons, steps and quiz questions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course-model-private.h"

#include <string.h>

void
hearth_picture_free (HearthPicture *picture)
{
  if (picture == NULL)
    return;

  g_free (picture->src);
  hearth_text_free (picture->description);
  g_free (picture);
}

void
hearth_step_free (gpointer data)
{
  HearthStep *step = data;

  hearth_text_free (step->text);
  hearth_picture_free (step->picture);
  hearth_text_free (step->key_message);
  hearth_text_free (step->talk_about_it);
  g_free (step);
}

void
hearth_lesson_free (gpointer data)
{
  HearthLesson *lesson = data;

  g_free (lesson->id);
  hearth_text_free (lesson->title);
  g_ptr_array_unref (lesson->steps);
  g_free (lesson);
}

void
hearth_option_free (gpointer data)
{
  HearthOption *option = data;

  hearth_text_free (option->text);
  hearth_text_free (option->feedback);
  g_free (option);
}

void
hearth_question_free (gpointer data)
{
  HearthQuestion *question = data;

  g_free (question->id);
  hearth_text_free (question->prompt);
  g_ptr_array_unref (question->options);
  g_free (question);
}

HearthModule *
hearth_module_new (void)
{
  HearthModule *module = g_new0 (HearthModule, 1);

  module->lessons = g_ptr_array_new_with_free_func (hearth_lesson_free);
  module->questions = g_ptr_array_new_with_free_func (hearth_question_free);
  return module;
}

void
hearth_module_free (HearthModule *module)
{
  if (module == NULL)
    return;

  g_free (module->id);
  g_free (module->file);
  hearth_text_free (module->title);
  hearth_text_free (module->summary);
  hearth_picture_free (module->picture);
  g_ptr_array_unref (module->lessons);
  g_ptr_array_unref (module->questions);
  g_free (module);
}

HearthLesson *
hearth_lesson_new (void)
{
  HearthLesson *lesson = g_new0 (HearthLesson, 1);

  lesson->steps = g_ptr_array_new_with_free_func (hearth_step_free);
  return lesson;
}

HearthStep *
hearth_step_new (void)
{
  return g_new0 (HearthStep, 1);
}

HearthQuestion *
hearth_question_new (void)
{
  HearthQuestion *question = g_new0 (HearthQuestion, 1);

  question->options = g_ptr_array_new_with_free_func (hearth_option_free);
  return question;
}

HearthOption *
hearth_option_new (void)
{
  return g_new0 (HearthOption, 1);
}

HearthPicture *
hearth_picture_new (void)
{
  return g_new0 (HearthPicture, 1);
}

guint
hearth_module_count_steps (HearthModule *module)
{
  guint n_steps = 0;

  for (guint i = 0; i < module->lessons->len; i++)
    n_steps += ((HearthLesson *) g_ptr_array_index (module->lessons, i))->steps->len;

  return n_steps;
}

static const char * const kind_names[] = {
  [HEARTH_QUESTION_SINGLE] = "single",
  [HEARTH_QUESTION_MULTIPLE] = "multiple",
  [HEARTH_QUESTION_TRUE_FALSE] = "true-false",
  [HEARTH_QUESTION_SCENARIO] = "scenario",
};

gboolean
hearth_question_kind_from_string (const char         *string,
                                  HearthQuestionKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    if (g_strcmp0 (kind_names[i], string) == 0)
      {
        *kind = i;
        return TRUE;
      }

  return FALSE;
}

guint
hearth_question_count_correct (HearthQuestion *question)
{
  guint n_correct = 0;

  for (guint i = 0; i < question->options->len; i++)
    if (((HearthOption *) g_ptr_array_index (question->options, i))->correct)
      n_correct++;

  return n_correct;
}
