/* hearth-quiz.c: checking answers and scoring a "check yourself" quiz
 *
 * A learner may try a question again as often as she likes, and sees why
 * each answer is or is not right. The score counts questions answered right
 * the first time, which is what tells a trainer what was understood; the
 * summary turns it into encouragement, never a mark.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-quiz.h"

typedef struct
{
  guint    tries;
  gboolean right_first_time;
  gboolean answered_right;
} QuestionState;

struct _HearthQuizSession
{
  HearthModule  *module;  /* owned by the course, which outlives the session */
  QuestionState *states;
};

/* Right when the chosen options are exactly the correct ones: for a
 * multiple-choice question, every correct option and no other. */
gboolean
hearth_question_check_choice (HearthQuestion *question,
                              HearthChoice    choice)
{
  HearthChoice correct = 0;

  g_return_val_if_fail (question != NULL, FALSE);

  if (choice == 0 || (choice >> question->options->len) != 0)
    return FALSE;

  for (guint i = 0; i < question->options->len; i++)
    if (((HearthOption *) g_ptr_array_index (question->options, i))->correct)
      correct |= 1u << i;

  return choice == correct;
}

char *
hearth_choice_to_string (HearthChoice choice)
{
  GString *string = g_string_new (NULL);

  for (guint i = 0; i < sizeof (HearthChoice) * 8; i++)
    if (choice & (1u << i))
      g_string_append_printf (string, "%s%u", string->len > 0 ? "," : "", i);

  return g_string_free (string, FALSE);
}

HearthQuizSession *
hearth_quiz_session_new (HearthModule *module)
{
  HearthQuizSession *self;

  g_return_val_if_fail (module != NULL, NULL);

  self = g_new0 (HearthQuizSession, 1);
  self->module = module;
  self->states = g_new0 (QuestionState, MAX (module->questions->len, 1));
  return self;
}

void
hearth_quiz_session_free (HearthQuizSession *self)
{
  if (self == NULL)
    return;

  g_free (self->states);
  g_free (self);
}

HearthModule *
hearth_quiz_session_get_module (HearthQuizSession *self)
{
  return self->module;
}

guint
hearth_quiz_session_get_n_questions (HearthQuizSession *self)
{
  return self->module->questions->len;
}

HearthQuestion *
hearth_quiz_session_get_question (HearthQuizSession *self,
                                  guint              index)
{
  g_return_val_if_fail (index < self->module->questions->len, NULL);
  return g_ptr_array_index (self->module->questions, index);
}

/* Records one try at question @index and says whether it was right. */
gboolean
hearth_quiz_session_answer (HearthQuizSession *self,
                            guint              index,
                            HearthChoice       choice)
{
  QuestionState *state;
  gboolean right;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (index < self->module->questions->len, FALSE);

  state = &self->states[index];
  right = hearth_question_check_choice (hearth_quiz_session_get_question (self, index), choice);

  state->tries++;
  if (state->tries == 1)
    state->right_first_time = right;
  state->answered_right = state->answered_right || right;

  return right;
}

guint
hearth_quiz_session_get_tries (HearthQuizSession *self,
                               guint              index)
{
  g_return_val_if_fail (index < self->module->questions->len, 0);
  return self->states[index].tries;
}

gboolean
hearth_quiz_session_is_right_first_time (HearthQuizSession *self,
                                         guint              index)
{
  g_return_val_if_fail (index < self->module->questions->len, FALSE);
  return self->states[index].right_first_time;
}

guint
hearth_quiz_session_get_score (HearthQuizSession *self)
{
  guint score = 0;

  for (guint i = 0; i < self->module->questions->len; i++)
    if (self->states[i].right_first_time)
      score++;

  return score;
}

HearthQuizBand
hearth_quiz_band_for_score (guint score,
                            guint total)
{
  if (total == 0 || score >= total)
    return HEARTH_QUIZ_BAND_ALL;
  if (score * 4 >= total * 3)
    return HEARTH_QUIZ_BAND_MOST;
  if (score * 2 >= total)
    return HEARTH_QUIZ_BAND_HALF;
  return HEARTH_QUIZ_BAND_START;
}
