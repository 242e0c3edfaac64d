/* hearth-course-validate.c: the checks made as each course element closes
 *
 * By the time an element closes, all of it has been read: here a step is
 * checked to have its text, a question its prompt and the right number of
 * correct options, an option its feedback, a picture its description, and
 * each finished piece is added to its module.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course-loader-private.h"

#include <string.h>

static void
end_text_element (Parser      *parser,
                  const char  *element,
                  GError     **error)
{
  g_autofree char *value = hearth_markup_collapse_space (parser->text->str);

  if (*value == '\0')
    {
      hearth_course_parser_invalid (parser, error, parser->text_line, "<%s> is empty", element);
      return;
    }

  hearth_text_set (parser->text_target, parser->text_language, value);
  parser->text_target = NULL;
}

static gboolean
check_question (Parser          *parser,
                HearthQuestion  *question,
                GError         **error)
{
  guint n_options = question->options->len;
  guint n_correct = hearth_question_count_correct (question);
  int line = parser->question_line;

  if (question->prompt == NULL)
    {
      hearth_course_parser_invalid (parser, error, line, "question “%s” has no <prompt>", question->id);
      return FALSE;
    }

  switch (question->kind)
    {
    case HEARTH_QUESTION_SINGLE:
    case HEARTH_QUESTION_SCENARIO:
      if (n_options < 2 || n_options > 5)
        hearth_course_parser_invalid (parser, error, line, "question “%s” needs 2 to 5 options, not %u",
                     question->id, n_options);
      else if (n_correct != 1)
        hearth_course_parser_invalid (parser, error, line, "question “%s” needs exactly one correct option, not %u",
                     question->id, n_correct);
      break;

    case HEARTH_QUESTION_MULTIPLE:
      if (n_options < 3 || n_options > HEARTH_MAX_OPTIONS)
        hearth_course_parser_invalid (parser, error, line, "question “%s” needs 3 to %d options, not %u",
                     question->id, HEARTH_MAX_OPTIONS, n_options);
      else if (n_correct < 2)
        hearth_course_parser_invalid (parser, error, line,
                     "multiple-choice question “%s” needs at least two correct options, not %u",
                     question->id, n_correct);
      break;

    case HEARTH_QUESTION_TRUE_FALSE:
      if (n_options != 2)
        hearth_course_parser_invalid (parser, error, line, "true-false question “%s” needs exactly 2 options, not %u",
                     question->id, n_options);
      else if (n_correct != 1)
        hearth_course_parser_invalid (parser, error, line, "true-false question “%s” needs exactly one correct option",
                     question->id);
      break;

    default:
      g_assert_not_reached ();
    }

  return error == NULL || *error == NULL;
}

void
hearth_course_parser_end_element (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;

  if (hearth_course_is_text_element (element))
    {
      end_text_element (parser, element, error);
      return;
    }

  if (strcmp (element, "picture") == 0)
    {
      HearthPicture *picture = g_steal_pointer (&parser->picture);
      const GSList *stack = g_markup_parse_context_get_element_stack (context);
      const char *parent = stack->next->data;

      if (picture->description == NULL)
        {
          hearth_course_parser_invalid (parser, error, parser->picture_line,
                       "picture “%s” has no <description> for people who cannot see it",
                       picture->src);
          hearth_picture_free (picture);
          return;
        }

      if (strcmp (parent, "module") == 0)
        parser->module->picture = picture;
      else
        parser->step->picture = picture;
    }
  else if (strcmp (element, "step") == 0)
    {
      HearthStep *step = g_steal_pointer (&parser->step);

      g_ptr_array_add (parser->lesson->steps, step);
      if (step->text == NULL)
        hearth_course_parser_invalid (parser, error, parser->step_line, "a step in lesson “%s” has no <text>",
                     parser->lesson->id);
    }
  else if (strcmp (element, "lesson") == 0)
    {
      HearthLesson *lesson = g_steal_pointer (&parser->lesson);

      g_ptr_array_add (parser->module->lessons, lesson);
      if (lesson->title == NULL)
        hearth_course_parser_invalid (parser, error, parser->lesson_line, "lesson “%s” has no <title>", lesson->id);
      else if (lesson->steps->len == 0)
        hearth_course_parser_invalid (parser, error, parser->lesson_line, "lesson “%s” has no steps", lesson->id);
    }
  else if (strcmp (element, "option") == 0)
    {
      HearthOption *option = g_steal_pointer (&parser->option);

      g_ptr_array_add (parser->question->options, option);
      if (option->text == NULL)
        hearth_course_parser_invalid (parser, error, parser->option_line, "an option in question “%s” has no <text>",
                     parser->question->id);
      else if (option->feedback == NULL)
        hearth_course_parser_invalid (parser, error, parser->option_line,
                     "an option in question “%s” has no <feedback> to explain it",
                     parser->question->id);
      else if (parser->question->options->len > HEARTH_MAX_OPTIONS)
        hearth_course_parser_invalid (parser, error, parser->option_line, "question “%s” has more than %d options",
                     parser->question->id, HEARTH_MAX_OPTIONS);
    }
  else if (strcmp (element, "question") == 0)
    {
      HearthQuestion *question = g_steal_pointer (&parser->question);

      g_ptr_array_add (parser->module->questions, question);
      check_question (parser, question, error);
    }
  else if (strcmp (element, "quiz") == 0)
    {
      if (parser->module->questions->len == 0)
        hearth_course_parser_invalid (parser, error, parser->quiz_line, "the quiz has no questions");
    }
  else if (strcmp (element, "module") == 0)
    {
      HearthModule *module = parser->module;

      if (module->title == NULL)
        hearth_course_parser_invalid (parser, error, parser->module_line, "module “%s” has no <title>", module->id);
      else if (module->summary == NULL)
        hearth_course_parser_invalid (parser, error, parser->module_line, "module “%s” has no <summary>", module->id);
      else if (module->lessons->len == 0)
        hearth_course_parser_invalid (parser, error, parser->module_line, "module “%s” has no lessons", module->id);
      else if (!parser->seen_quiz)
        hearth_course_parser_invalid (parser, error, parser->module_line, "module “%s” has no <quiz>", module->id);
    }
}
