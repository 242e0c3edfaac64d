/* hearth-course-model.h: modules, lessons, steps and quiz questions
 *
 * Plain structures, read-only once loaded: the HearthCourse that loaded them
 * owns them and frees them all together.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-text.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_QUESTION_SINGLE,
  HEARTH_QUESTION_MULTIPLE,
  HEARTH_QUESTION_TRUE_FALSE,
  HEARTH_QUESTION_SCENARIO,
} HearthQuestionKind;

typedef struct
{
  char       *src;          /* file name under the course pictures folder */
  HearthText *description;  /* read by screen readers */
} HearthPicture;

typedef struct
{
  int            line;           /* in the source file, for messages */
  HearthText    *text;
  HearthPicture *picture;        /* nullable */
  HearthText    *key_message;    /* nullable */
  HearthText    *talk_about_it;  /* nullable */
} HearthStep;

typedef struct
{
  char       *id;
  int         line;
  HearthText *title;
  GPtrArray  *steps;  /* HearthStep */
} HearthLesson;

typedef struct
{
  HearthText *text;
  HearthText *feedback;
  gboolean    correct;
} HearthOption;

typedef struct
{
  char              *id;
  int                line;
  HearthQuestionKind kind;
  HearthText        *prompt;
  GPtrArray         *options;  /* HearthOption */
} HearthQuestion;

typedef struct
{
  char          *id;
  int            order;
  char          *file;       /* where it came from, for messages */
  int            line;
  HearthText    *title;
  HearthText    *summary;
  HearthPicture *picture;    /* nullable */
  GPtrArray     *lessons;    /* HearthLesson */
  GPtrArray     *questions;  /* HearthQuestion */
} HearthModule;

#define HEARTH_MAX_OPTIONS 6

HearthModule   *hearth_module_new            (void);
void            hearth_module_free           (HearthModule     *module);
guint           hearth_module_count_steps    (HearthModule     *module);
gboolean        hearth_question_kind_from_string (const char      *string,
                                                  HearthQuestionKind *kind);
guint           hearth_question_count_correct (HearthQuestion  *question);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthModule, hearth_module_free)

G_END_DECLS
