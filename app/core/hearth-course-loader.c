/* hearth-course-loader.c: reads one course module from merged XML
 *
 * The course files in data/course/ are written in English; at build time
 * msgfmt --xml adds a copy of every translatable element per language, marked
 * with xml:lang. This parser gathers those copies into HearthText values and
 * checks everything a lesson or quiz needs, so content mistakes are caught
 * with a file and line instead of showing up as a blank screen for a learner.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course-loader-private.h"

#include <string.h>

G_DEFINE_QUARK (hearth-course-error-quark, hearth_course_error)


/* Which element may appear inside which: the whole grammar in one table. */
static const struct {
  const char *element;
  const char *parent;
} grammar[] = {
  { "module", NULL },
  { "title", "module" }, { "title", "lesson" },
  { "summary", "module" },
  { "picture", "module" }, { "picture", "step" },
  { "description", "picture" },
  { "lesson", "module" },
  { "step", "lesson" },
  { "text", "step" }, { "text", "option" },
  { "key-message", "step" },
  { "talk-about-it", "step" },
  { "quiz", "module" },
  { "question", "quiz" },
  { "prompt", "question" },
  { "option", "question" },
  { "feedback", "option" },
};

/* GMarkup counts a line as soon as its cursor lands on the newline, so
 * right after a tag that ends its line it reports the next line, at
 * character 1. A content author needs the line the tag is on. Every Hearth
 * file read with GMarkup reports its problems at this line. */
int
hearth_markup_line (GMarkupParseContext *context)
{
  int line = 0, character = 0;

  g_markup_parse_context_get_position (context, &line, &character);
  if (character == 1 && line > 1)
    line--;

  return line;
}

/* Text as gettext extracts it: runs of spaces and line breaks become one
 * space, with none at either end, so the English in a file matches its msgid
 * however the file is wrapped. */
char *
hearth_markup_collapse_space (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *result = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (result->len > 0)
        g_string_append_c (result, ' ');
      g_string_append (result, words[i]);
    }

  return g_string_free (result, FALSE);
}

int
hearth_course_parser_line (Parser *parser)
{
  return hearth_markup_line (parser->context);
}

void
hearth_course_parser_invalid (Parser      *parser,
             GError     **error,
             int          line,
             const char  *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
               "%s:%d: %s", parser->file_name, line, reason);
}

static gboolean
is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

static gboolean
is_valid_picture_name (const char *src)
{
  /* A bare file name: no folders, so content can never reach outside the
   * course's own pictures. */
  if (src == NULL || !g_str_has_suffix (src, ".svg") || strlen (src) <= 4)
    return FALSE;

  for (const char *p = src; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_' && *p != '.')
      return FALSE;

  return strstr (src, "..") == NULL;
}

gboolean
hearth_course_is_text_element (const char *name)
{
  static const char * const text_elements[] = {
    "title", "summary", "description", "text", "key-message",
    "talk-about-it", "prompt", "feedback",
  };

  for (guint i = 0; i < G_N_ELEMENTS (text_elements); i++)
    if (strcmp (text_elements[i], name) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
check_parent (Parser      *parser,
              const char  *element,
              const char  *parent,
              GError     **error)
{
  gboolean known = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (grammar); i++)
    {
      if (strcmp (grammar[i].element, element) != 0)
        continue;

      known = TRUE;
      if (g_strcmp0 (grammar[i].parent, parent) == 0)
        return TRUE;
    }

  if (!known)
    hearth_course_parser_invalid (parser, error, hearth_course_parser_line (parser), "unknown element <%s>", element);
  else if (parent == NULL)
    hearth_course_parser_invalid (parser, error, hearth_course_parser_line (parser),
                 "the file must start with <module>, not <%s>", element);
  else
    hearth_course_parser_invalid (parser, error, hearth_course_parser_line (parser),
                 "<%s> cannot be inside <%s>", element, parent);

  return FALSE;
}

/* Finds the HearthText an opening text element fills in. */
static HearthText **
text_slot (Parser     *parser,
           const char *element,
           const char *parent)
{
  if (strcmp (element, "title") == 0)
    return strcmp (parent, "lesson") == 0 ? &parser->lesson->title : &parser->module->title;
  if (strcmp (element, "summary") == 0)
    return &parser->module->summary;
  if (strcmp (element, "description") == 0)
    return &parser->picture->description;
  if (strcmp (element, "text") == 0)
    return strcmp (parent, "option") == 0 ? &parser->option->text : &parser->step->text;
  if (strcmp (element, "key-message") == 0)
    return &parser->step->key_message;
  if (strcmp (element, "talk-about-it") == 0)
    return &parser->step->talk_about_it;
  if (strcmp (element, "prompt") == 0)
    return &parser->question->prompt;
  if (strcmp (element, "feedback") == 0)
    return &parser->option->feedback;

  g_assert_not_reached ();
}

/* Takes the address of the local error: C leaves the order of evaluating
 * arguments open, so the value would be read before the collect call sets it. */
static gboolean
report_attribute_error (Parser   *parser,
                        gboolean  ok,
                        GError  **local_error,
                        GError  **error)
{
  if (!ok)
    hearth_course_parser_invalid (parser, error, hearth_course_parser_line (parser), "%s", (*local_error)->message);
  return ok;
}

static void
start_text_element (Parser       *parser,
                    const char   *element,
                    const char   *parent,
                    const char  **names,
                    const char  **values,
                    GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *language = NULL;
  HearthText **slot;

  if (!report_attribute_error (parser,
                               g_markup_collect_attributes (element, names, values, &local_error,
                                                            G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL,
                                                            "xml:lang", &language,
                                                            G_MARKUP_COLLECT_INVALID),
                               &local_error, error))
    return;

  slot = text_slot (parser, element, parent);
  if (*slot == NULL)
    *slot = hearth_text_new ();
  else if (hearth_text_has (*slot, language != NULL ? language : "en"))
    {
      hearth_course_parser_invalid (parser, error, hearth_course_parser_line (parser),
                   "<%s> appears twice in <%s>%s%s", element, parent,
                   language != NULL ? " for language " : "",
                   language != NULL ? language : "");
      return;
    }

  parser->text_target = *slot;
  g_free (parser->text_language);
  parser->text_language = g_strdup (language);
  g_string_truncate (parser->text, 0);
  parser->text_line = hearth_course_parser_line (parser);
}

static void
start_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  Parser *parser = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : NULL;
  g_autoptr(GError) local_error = NULL;
  int line = hearth_course_parser_line (parser);

  if (!check_parent (parser, element, parent, error))
    return;

  if (hearth_course_is_text_element (element))
    {
      start_text_element (parser, element, parent, names, values, error);
      return;
    }

  if (strcmp (element, "module") == 0)
    {
      const char *id = NULL, *order = NULL;

      if (!report_attribute_error (parser,
                                   g_markup_collect_attributes (element, names, values, &local_error,
                                                                G_MARKUP_COLLECT_STRING, "id", &id,
                                                                G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "order", &order,
                                                                G_MARKUP_COLLECT_INVALID),
                                   &local_error, error))
        return;
      if (!is_valid_id (id))
        {
          hearth_course_parser_invalid (parser, error, line, "module id “%s” must use only a-z, 0-9 and -", id);
          return;
        }

      parser->module = hearth_module_new ();
      parser->module->id = g_strdup (id);
      parser->module->file = g_strdup (parser->file_name);
      parser->module->order = G_MAXINT;
      parser->module_line = line;
      parser->module->line = line;
      if (order != NULL)
        {
          guint64 value = 0;

          if (!g_ascii_string_to_unsigned (order, 10, 0, G_MAXINT, &value, NULL))
            {
              hearth_course_parser_invalid (parser, error, line, "order “%s” is not a whole number", order);
              return;
            }
          parser->module->order = (int) value;
        }
    }
  else if (strcmp (element, "picture") == 0)
    {
      const char *src = NULL;

      if (!report_attribute_error (parser,
                                   g_markup_collect_attributes (element, names, values, &local_error,
                                                                G_MARKUP_COLLECT_STRING, "src", &src,
                                                                G_MARKUP_COLLECT_INVALID),
                                   &local_error, error))
        return;
      if (!is_valid_picture_name (src))
        {
          hearth_course_parser_invalid (parser, error, line, "picture “%s” must be an .svg file name with no folder", src);
          return;
        }
      if ((parent[0] == 'm' && parser->module->picture != NULL) ||
          (parent[0] == 's' && parser->step->picture != NULL))
        {
          hearth_course_parser_invalid (parser, error, line, "<picture> appears twice in <%s>", parent);
          return;
        }

      parser->picture = hearth_picture_new ();
      parser->picture->src = g_strdup (src);
      parser->picture_line = line;
    }
  else if (strcmp (element, "lesson") == 0 || strcmp (element, "question") == 0)
    {
      gboolean is_lesson = element[0] == 'l';
      GHashTable *ids = is_lesson ? parser->lesson_ids : parser->question_ids;
      const char *id = NULL, *kind_name = NULL;
      HearthQuestionKind kind = HEARTH_QUESTION_SINGLE;
      gboolean ok;

      if (is_lesson)
        ok = g_markup_collect_attributes (element, names, values, &local_error,
                                          G_MARKUP_COLLECT_STRING, "id", &id,
                                          G_MARKUP_COLLECT_INVALID);
      else
        ok = g_markup_collect_attributes (element, names, values, &local_error,
                                          G_MARKUP_COLLECT_STRING, "id", &id,
                                          G_MARKUP_COLLECT_STRING, "kind", &kind_name,
                                          G_MARKUP_COLLECT_INVALID);
      if (!report_attribute_error (parser, ok, &local_error, error))
        return;

      if (!is_valid_id (id))
        {
          hearth_course_parser_invalid (parser, error, line, "%s id “%s” must use only a-z, 0-9 and -", element, id);
          return;
        }
      if (g_hash_table_contains (ids, id))
        {
          hearth_course_parser_invalid (parser, error, line, "there are two %ss with the id “%s”", element, id);
          return;
        }
      if (!is_lesson && !hearth_question_kind_from_string (kind_name, &kind))
        {
          hearth_course_parser_invalid (parser, error, line,
                       "question kind “%s” is not one of single, multiple, true-false, scenario",
                       kind_name);
          return;
        }
      g_hash_table_add (ids, g_strdup (id));

      if (is_lesson)
        {
          parser->lesson = hearth_lesson_new ();
          parser->lesson->id = g_strdup (id);
          parser->lesson->line = line;
          parser->lesson_line = line;
        }
      else
        {
          parser->question = hearth_question_new ();
          parser->question->id = g_strdup (id);
          parser->question->kind = kind;
          parser->question->line = line;
          parser->question_line = line;
        }
    }
  else if (strcmp (element, "option") == 0)
    {
      const char *correct = NULL;

      if (!report_attribute_error (parser,
                                   g_markup_collect_attributes (element, names, values, &local_error,
                                                                G_MARKUP_COLLECT_STRING, "correct", &correct,
                                                                G_MARKUP_COLLECT_INVALID),
                                   &local_error, error))
        return;
      if (g_strcmp0 (correct, "true") != 0 && g_strcmp0 (correct, "false") != 0)
        {
          hearth_course_parser_invalid (parser, error, line, "correct must be “true” or “false”, not “%s”", correct);
          return;
        }

      parser->option = hearth_option_new ();
      parser->option->correct = correct[0] == 't';
      parser->option_line = line;
    }
  else
    {
      /* step and quiz take no attributes */
      if (!report_attribute_error (parser,
                                   g_markup_collect_attributes (element, names, values, &local_error,
                                                                G_MARKUP_COLLECT_INVALID, NULL),
                                   &local_error, error))
        return;

      if (strcmp (element, "step") == 0)
        {
          parser->step = hearth_step_new ();
          parser->step->line = line;
          parser->step_line = line;
        }
      else if (parser->seen_quiz)
        hearth_course_parser_invalid (parser, error, line, "a module has only one <quiz>");
      else
        {
          parser->seen_quiz = TRUE;
          parser->quiz_line = line;
        }
    }
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Parser *parser = user_data;

  if (parser->text_target != NULL)
    {
      g_string_append_len (parser->text, text, length);
      return;
    }

  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (text[i]))
      {
        const char *element = g_markup_parse_context_get_element (context);
        int line = 0;

        /* GMarkup is at the end of the text by now: count back to where
         * the stray words start. */
        g_markup_parse_context_get_position (context, &line, NULL);
        for (gsize j = i; j < length; j++)
          if (text[j] == '\n')
            line--;

        hearth_course_parser_invalid (parser, error, line,
                     "text outside a text element, inside <%s>", element != NULL ? element : "document");
        return;
      }
}

static const GMarkupParser markup_parser = {
  .start_element = start_element_cb,
  .end_element = hearth_course_parser_end_element,
  .text = text_cb,
};

/* GMarkup's own messages start "Error on line N char M: "; the line goes in
 * front the same way as for every other problem, so drop that part. */
static char *
strip_markup_position (const char *message)
{
  const char *rest = message;

  if (g_str_has_prefix (message, "Error on line "))
    {
      const char *colon = strstr (message, ": ");

      if (colon != NULL)
        rest = colon + 2;
    }

  return g_strdup (rest);
}

static void
parser_clear (Parser *parser)
{
  g_clear_pointer (&parser->context, g_markup_parse_context_free);
  g_clear_pointer (&parser->module, hearth_module_free);
  /* Pieces still open when parsing stopped early were never added to the module. */
  g_clear_pointer (&parser->lesson, hearth_lesson_free);
  g_clear_pointer (&parser->step, hearth_step_free);
  g_clear_pointer (&parser->question, hearth_question_free);
  g_clear_pointer (&parser->option, hearth_option_free);
  g_clear_pointer (&parser->picture, hearth_picture_free);
  g_string_free (parser->text, TRUE);
  g_free (parser->text_language);
  g_hash_table_unref (parser->lesson_ids);
  g_hash_table_unref (parser->question_ids);
}

HearthModule *
hearth_course_parse_module (const char  *file_name,
                            const char  *data,
                            gssize       length,
                            GError     **error)
{
  Parser parser = { 0 };
  g_autoptr(GError) local_error = NULL;
  HearthModule *module = NULL;

  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (data != NULL, NULL);

  parser.file_name = file_name;
  parser.text = g_string_new (NULL);
  parser.lesson_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.question_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.context = g_markup_parse_context_new (&markup_parser, 0,
                                               &parser, NULL);

  if (g_markup_parse_context_parse (parser.context, data, length, &local_error) &&
      g_markup_parse_context_end_parse (parser.context, &local_error))
    {
      if (parser.module == NULL)
        hearth_course_parser_invalid (&parser, &local_error, 1, "the file has no <module>");
      else
        module = g_steal_pointer (&parser.module);
    }

  if (local_error != NULL && local_error->domain == G_MARKUP_ERROR)
    {
      g_autofree char *reason = strip_markup_position (local_error->message);

      g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_MALFORMED,
                   "%s:%d: %s", file_name, hearth_course_parser_line (&parser), reason);
    }
  else if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));

  parser_clear (&parser);
  return module;
}
