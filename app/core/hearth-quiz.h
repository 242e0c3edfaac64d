/* hearth-quiz.h: checking answers and scoring a "check yourself" quiz
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-course-model.h"

G_BEGIN_DECLS

/* How the summary encourages: every band is good news told differently. */
typedef enum
{
  HEARTH_QUIZ_BAND_ALL,   /* every answer right first time */
  HEARTH_QUIZ_BAND_MOST,  /* three quarters or more */
  HEARTH_QUIZ_BAND_HALF,  /* half or more */
  HEARTH_QUIZ_BAND_START, /* fewer: a good start, worth another look */
} HearthQuizBand;

typedef struct _HearthQuizSession HearthQuizSession;

/* A chosen set of options, as bits by position: bit 0 is the first option. */
typedef guint32 HearthChoice;

gboolean           hearth_question_check_choice  (HearthQuestion    *question,
                                                  HearthChoice       choice);
char              *hearth_choice_to_string       (HearthChoice       choice);

HearthQuizSession *hearth_quiz_session_new       (HearthModule      *module);
void               hearth_quiz_session_free      (HearthQuizSession *self);
HearthModule      *hearth_quiz_session_get_module (HearthQuizSession *self);
guint              hearth_quiz_session_get_n_questions (HearthQuizSession *self);
HearthQuestion    *hearth_quiz_session_get_question (HearthQuizSession *self,
                                                  guint              index);
gboolean           hearth_quiz_session_answer    (HearthQuizSession *self,
                                                  guint              index,
                                                  HearthChoice       choice);
guint              hearth_quiz_session_get_tries (HearthQuizSession *self,
                                                  guint              index);
gboolean           hearth_quiz_session_is_right_first_time (HearthQuizSession *self,
                                                  guint              index);
guint              hearth_quiz_session_get_score (HearthQuizSession *self);
HearthQuizBand     hearth_quiz_band_for_score    (guint              score,
                                                  guint              total);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthQuizSession, hearth_quiz_session_free)

G_END_DECLS
