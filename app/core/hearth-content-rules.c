/* hearth-content-rules.c: the shape and plain-language rules of the course
 *
 * The loader checks that a module can be shown at all; these rules check
 * that it is fit for its learners: lessons of a readable size, a key message
 * to end each lesson, steps short enough to read aloud in one breath, and
 * short sentences. They apply to the English source, which every
 * translation follows, and are what `hearth --check-content` enforces.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-content-rules.h"

/* A word is anything between spaces with a letter or a digit in it, so a
 * dash or a bullet on its own is not counted. */
guint
hearth_count_words (const char *text)
{
  gboolean in_word = FALSE, has_alnum = FALSE;
  guint words = 0;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0 || g_unichar_isspace (c))
        {
          if (in_word && has_alnum)
            words++;
          in_word = has_alnum = FALSE;
          if (c == 0)
            break;
          continue;
        }

      in_word = TRUE;
      has_alnum |= g_unichar_isalnum (c);
    }

  return words;
}

static gboolean
ends_sentence (gunichar c)
{
  return c == '.' || c == '?' || c == '!' || c == 0x2026 /* … */;
}

static gboolean
closes_quote (gunichar c)
{
  return c == '"' || c == '\'' || c == ')' || c == 0x201D /* ” */ || c == 0x2019 /* ’ */;
}

/* Sentences end with . ? ! or … before a space or the end (after any closing
 * quote or bracket); words after the last end make one more, as in an
 * answer option with no full stop. "0.5" is not an end. */
guint
hearth_count_sentences (const char *text)
{
  guint sentences = 0;
  gboolean words_since_end = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (ends_sentence (c))
        {
          const char *next = g_utf8_next_char (p);

          while (*next != '\0' && (ends_sentence (g_utf8_get_char (next)) || closes_quote (g_utf8_get_char (next))))
            next = g_utf8_next_char (next);

          if (*next == '\0' || g_unichar_isspace (g_utf8_get_char (next)))
            {
              if (words_since_end)
                sentences++;
              words_since_end = FALSE;
              p = g_utf8_prev_char (next);
              continue;
            }
        }

      if (g_unichar_isalnum (c))
        words_since_end = TRUE;
    }

  return sentences + (words_since_end ? 1 : 0);
}

static void
add_prose (HearthProse      *prose,
           const HearthText *text)
{
  const char *english;

  if (text == NULL)
    return;

  english = hearth_text_get (text, "en");
  prose->words += hearth_count_words (english);
  prose->sentences += hearth_count_sentences (english);
}

/* Counts what a learner reads: the summary, every step with its key message
 * and conversation starter, and the quiz. */
void
hearth_module_measure_prose (HearthModule *module,
                             HearthProse  *prose)
{
  *prose = (HearthProse) { 0 };

  add_prose (prose, module->summary);
  for (guint l = 0; l < module->lessons->len; l++)
    {
      HearthLesson *lesson = g_ptr_array_index (module->lessons, l);

      for (guint s = 0; s < lesson->steps->len; s++)
        {
          HearthStep *step = g_ptr_array_index (lesson->steps, s);

          add_prose (prose, step->text);
          add_prose (prose, step->key_message);
          add_prose (prose, step->talk_about_it);
        }
    }

  for (guint q = 0; q < module->questions->len; q++)
    {
      HearthQuestion *question = g_ptr_array_index (module->questions, q);

      add_prose (prose, question->prompt);
      for (guint o = 0; o < question->options->len; o++)
        {
          HearthOption *option = g_ptr_array_index (question->options, o);

          add_prose (prose, option->text);
          add_prose (prose, option->feedback);
        }
    }
}

G_GNUC_PRINTF (4, 5)
static void
add_problem (HearthCourse *self,
             HearthModule *module,
             int           line,
             const char   *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (hearth_course_get_problems (self),
                   g_strdup_printf ("%s:%d: %s", module->file, line, reason));
}

static void
check_lesson (HearthCourse *self,
              HearthModule *module,
              HearthLesson *lesson)
{
  HearthStep *last;

  if (lesson->steps->len < HEARTH_MIN_STEPS || lesson->steps->len > HEARTH_MAX_STEPS)
    add_problem (self, module, lesson->line, "lesson “%s” has %u steps; a lesson has %d to %d",
                 lesson->id, lesson->steps->len, HEARTH_MIN_STEPS, HEARTH_MAX_STEPS);

  for (guint s = 0; s < lesson->steps->len; s++)
    {
      HearthStep *step = g_ptr_array_index (lesson->steps, s);
      guint words = hearth_count_words (hearth_text_get (step->text, "en"));

      if (words > HEARTH_MAX_STEP_WORDS)
        add_problem (self, module, step->line, "this step has %u words; keep a step to %d or fewer",
                     words, HEARTH_MAX_STEP_WORDS);
    }

  last = g_ptr_array_index (lesson->steps, lesson->steps->len - 1);
  if (last->key_message == NULL)
    add_problem (self, module, last->line, "the last step of lesson “%s” has no <key-message>", lesson->id);
}

/* Adds a problem, as file:line: reason, for each rule a module breaks.
 * Returns whether the whole course keeps them all. */
gboolean
hearth_course_check_rules (HearthCourse *self)
{
  GPtrArray *problems = hearth_course_get_problems (self);
  guint problems_before = problems->len;

  for (guint m = 0; m < hearth_course_get_n_modules (self); m++)
    {
      HearthModule *module = hearth_course_get_module (self, m);
      HearthProse prose;

      if (module->lessons->len < HEARTH_MIN_LESSONS || module->lessons->len > HEARTH_MAX_LESSONS)
        add_problem (self, module, module->line, "module “%s” has %u lessons; a module has %d to %d",
                     module->id, module->lessons->len, HEARTH_MIN_LESSONS, HEARTH_MAX_LESSONS);

      for (guint l = 0; l < module->lessons->len; l++)
        check_lesson (self, module, g_ptr_array_index (module->lessons, l));

      if (module->questions->len < HEARTH_MIN_QUESTIONS)
        add_problem (self, module, module->line, "module “%s” has %u quiz questions; it needs at least %d",
                     module->id, module->questions->len, HEARTH_MIN_QUESTIONS);

      /* Checked per module, which keeps the whole course within it too. */
      hearth_module_measure_prose (module, &prose);
      if (prose.sentences > 0 && (double) prose.words / prose.sentences > HEARTH_MAX_AVERAGE_SENTENCE)
        add_problem (self, module, module->line,
                     "sentences in module “%s” average %.1f words; keep the average to %.0f or fewer",
                     module->id, (double) prose.words / prose.sentences, HEARTH_MAX_AVERAGE_SENTENCE);
    }

  return problems->len == problems_before;
}
