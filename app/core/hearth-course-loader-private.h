/* hearth-course-loader-private.h: what the two halves of the loader share
 *
 * hearth-course-loader.c reads elements as they open; hearth-course-validate.c
 * checks each one as it closes. Nothing else includes this.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-course-loader.h"
#include "hearth-course-model-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char          *file_name;
  GMarkupParseContext *context;

  HearthModule        *module;
  HearthLesson        *lesson;
  HearthStep          *step;
  HearthQuestion      *question;
  HearthOption        *option;
  HearthPicture       *picture;
  gboolean             seen_quiz;

  /* Lines where the open containers started, for checks made at their end. */
  int                  module_line;
  int                  lesson_line;
  int                  step_line;
  int                  question_line;
  int                  option_line;
  int                  picture_line;
  int                  quiz_line;

  /* The text element being read, if any. */
  HearthText          *text_target;
  char                *text_language;
  GString             *text;
  int                  text_line;

  GHashTable          *lesson_ids;
  GHashTable          *question_ids;
} Parser;

gboolean hearth_course_is_text_element    (const char           *name);
int      hearth_course_parser_line        (Parser               *parser);
void     hearth_course_parser_invalid     (Parser               *parser,
                                           GError              **error,
                                           int                   line,
                                           const char           *format,
                                           ...) G_GNUC_PRINTF (4, 5);
void     hearth_course_parser_end_element (GMarkupParseContext  *context,
                                           const char           *element,
                                           gpointer              user_data,
                                           GError              **error);

G_END_DECLS
