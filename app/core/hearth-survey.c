/* hearth-survey.c: the before-and-after survey's words, in every language
 *
 * data/survey/survey.xml.in holds, for each module of the course, three
 * things a learner may feel sure of, the one intention asked after every
 * quiz, and the words of the 1 to 5 scale. Like the course, it is merged with
 * every language at build time: msgfmt puts each translation right after the
 * English, as the same element with only an xml:lang, so an element with an
 * xml:lang belongs to the one before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course-loader.h"
#include "hearth-survey.h"

#include <gio/gio.h>
#include <string.h>

typedef struct
{
  char      *id;
  GPtrArray *statements;  /* HearthText */
} SurveyModule;

struct _HearthSurvey
{
  GPtrArray  *scale;      /* HearthText, for 1 to 5 */
  HearthText *intention;
  GPtrArray  *modules;    /* SurveyModule, in file order */
};

static void
survey_module_free (gpointer data)
{
  SurveyModule *module = data;

  g_free (module->id);
  g_ptr_array_unref (module->statements);
  g_free (module);
}

void
hearth_survey_free (HearthSurvey *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->scale);
  hearth_text_free (self->intention);
  g_ptr_array_unref (self->modules);
  g_free (self);
}

static SurveyModule *
find_module (HearthSurvey *self,
             const char   *module_id)
{
  for (guint i = 0; i < self->modules->len; i++)
    {
      SurveyModule *module = g_ptr_array_index (self->modules, i);

      if (g_strcmp0 (module->id, module_id) == 0)
        return module;
    }

  return NULL;
}

typedef struct
{
  const char          *file_name;
  GMarkupParseContext *context;
  HearthSurvey        *survey;
  SurveyModule        *module;
  HearthText          *target;
  char                *language;
  GString             *text;
} Parser;

G_GNUC_PRINTF (3, 4)
static void
set_invalid (Parser      *parser,
             GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
               "%s:%d: %s", parser->file_name, hearth_markup_line (parser->context), reason);
}

/* Starts reading a translatable element. Its English starts a new text,
 * appended to @list (or put in *@slot); a translation goes to the text
 * before it. */
static void
start_text (Parser       *parser,
            GPtrArray    *list,
            HearthText  **slot,
            const char   *element,
            const char  **names,
            const char  **values,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *language = NULL;
  HearthText *text;

  if (!g_markup_collect_attributes (element, names, values, &local_error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "xml:lang", &language,
                                    G_MARKUP_COLLECT_INVALID))
    {
      set_invalid (parser, error, "%s", local_error->message);
      return;
    }

  if (language != NULL)
    {
      text = list != NULL ? (list->len > 0 ? g_ptr_array_index (list, list->len - 1) : NULL) : *slot;
      if (text == NULL)
        {
          set_invalid (parser, error, "a translated <%s> must follow its English", element);
          return;
        }
    }
  else if (list != NULL)
    {
      text = hearth_text_new ();
      g_ptr_array_add (list, text);
    }
  else if (*slot != NULL)
    {
      set_invalid (parser, error, "there are two <%s> elements", element);
      return;
    }
  else
    text = *slot = hearth_text_new ();

  parser->target = text;
  g_free (parser->language);
  parser->language = g_strdup (language);
  g_string_truncate (parser->text, 0);
}

static void
start_module (Parser       *parser,
              const char   *element,
              const char  **names,
              const char  **values,
              GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *id = NULL;

  if (!g_markup_collect_attributes (element, names, values, &local_error,
                                    G_MARKUP_COLLECT_STRING, "id", &id, G_MARKUP_COLLECT_INVALID))
    {
      set_invalid (parser, error, "%s", local_error->message);
      return;
    }
  if (find_module (parser->survey, id) != NULL)
    {
      set_invalid (parser, error, "there are two modules with the id “%s”", id);
      return;
    }

  parser->module = g_new0 (SurveyModule, 1);
  parser->module->id = g_strdup (id);
  parser->module->statements = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_text_free);
  g_ptr_array_add (parser->survey->modules, parser->module);
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

  if (strcmp (element, "survey") == 0 && parent == NULL)
    return;
  if (strcmp (element, "scale") == 0 && g_strcmp0 (parent, "survey") == 0)
    return;
  if (strcmp (element, "point") == 0 && g_strcmp0 (parent, "scale") == 0)
    start_text (parser, parser->survey->scale, NULL, element, names, values, error);
  else if (strcmp (element, "intention") == 0 && g_strcmp0 (parent, "survey") == 0)
    start_text (parser, NULL, &parser->survey->intention, element, names, values, error);
  else if (strcmp (element, "module") == 0 && g_strcmp0 (parent, "survey") == 0)
    start_module (parser, element, names, values, error);
  else if (strcmp (element, "statement") == 0 && g_strcmp0 (parent, "module") == 0)
    start_text (parser, parser->module->statements, NULL, element, names, values, error);
  else
    set_invalid (parser, error, "<%s> cannot be inside <%s>", element, parent != NULL ? parent : "the document");
}

static void
end_element_cb (GMarkupParseContext  *context,
                const char           *element,
                gpointer              user_data,
                GError              **error)
{
  Parser *parser = user_data;

  if (parser->target != NULL)
    {
      g_autofree char *value = hearth_markup_collapse_space (parser->text->str);

      if (*value == '\0')
        set_invalid (parser, error, "<%s> is empty", element);
      else
        hearth_text_set (parser->target, parser->language, value);
      parser->target = NULL;
      return;
    }

  if (strcmp (element, "module") == 0)
    {
      if (parser->module->statements->len != HEARTH_SURVEY_N_STATEMENTS)
        set_invalid (parser, error, "module “%s” has %u statements; it needs %u",
                     parser->module->id, parser->module->statements->len, HEARTH_SURVEY_N_STATEMENTS);
      parser->module = NULL;
    }
  else if (strcmp (element, "scale") == 0)
    {
      if (parser->survey->scale->len != HEARTH_SURVEY_SCALE_MAX)
        set_invalid (parser, error, "the scale has %u points; it needs %u",
                     parser->survey->scale->len, HEARTH_SURVEY_SCALE_MAX);
    }
  else if (strcmp (element, "survey") == 0)
    {
      if (parser->survey->scale->len == 0)
        set_invalid (parser, error, "the survey has no <scale>");
      else if (parser->survey->intention == NULL)
        set_invalid (parser, error, "the survey has no <intention>");
      else if (parser->survey->modules->len == 0)
        set_invalid (parser, error, "the survey has no modules");
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

  if (parser->target != NULL)
    g_string_append_len (parser->text, text, length);
}

static const GMarkupParser markup_parser = {
  .start_element = start_element_cb,
  .end_element = end_element_cb,
  .text = text_cb,
};

/* Reads a merged survey file; problems are reported as “file:line: reason”. */
HearthSurvey *
hearth_survey_parse (const char  *file_name,
                     const char  *data,
                     gssize       length,
                     GError     **error)
{
  g_autoptr(HearthSurvey) survey = g_new0 (HearthSurvey, 1);
  Parser parser = { .file_name = file_name };
  gboolean ok;

  g_return_val_if_fail (file_name != NULL && data != NULL, NULL);

  survey->scale = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_text_free);
  survey->modules = g_ptr_array_new_with_free_func (survey_module_free);
  parser.survey = survey;
  parser.text = g_string_new (NULL);
  parser.context = g_markup_parse_context_new (&markup_parser, 0, &parser, NULL);

  ok = g_markup_parse_context_parse (parser.context, data, length, error) &&
       g_markup_parse_context_end_parse (parser.context, error);

  g_markup_parse_context_free (parser.context);
  g_string_free (parser.text, TRUE);
  g_free (parser.language);

  return ok ? g_steal_pointer (&survey) : NULL;
}

/* The survey built into Hearth, in every language. */
HearthSurvey *
hearth_survey_load (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HEARTH_SURVEY_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return hearth_survey_parse ("survey.xml", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
}

gboolean
hearth_survey_has_module (HearthSurvey *self,
                          const char   *module_id)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return find_module (self, module_id) != NULL;
}

/* The statement @index (from 0) of a module, or NULL if the survey has
 * none for it. */
const HearthText *
hearth_survey_get_statement (HearthSurvey *self,
                             const char   *module_id,
                             guint         index)
{
  SurveyModule *module;

  g_return_val_if_fail (self != NULL, NULL);

  module = find_module (self, module_id);
  if (module == NULL || index >= module->statements->len)
    return NULL;

  return g_ptr_array_index (module->statements, index);
}

const HearthText *
hearth_survey_get_intention (HearthSurvey *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->intention;
}

/* The words for a point of the scale, @value from 1 to 5. */
const HearthText *
hearth_survey_get_scale_word (HearthSurvey *self,
                              guint         value)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (value >= 1 && value <= self->scale->len, NULL);

  return g_ptr_array_index (self->scale, value - 1);
}

/* Every module of @course has its statements, and the survey has none for a
 * module the course does not have (a mistyped id would never be asked). */
gboolean
hearth_survey_check_course (HearthSurvey  *self,
                            HearthCourse  *course,
                            GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (HEARTH_IS_COURSE (course), FALSE);

  for (guint i = 0; i < hearth_course_get_n_modules (course); i++)
    {
      HearthModule *module = hearth_course_get_module (course, i);

      if (find_module (self, module->id) == NULL)
        {
          g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
                       "The survey has no statements for the module “%s”. Add them to data/survey/survey.xml.in.",
                       module->id);
          return FALSE;
        }
    }

  for (guint i = 0; i < self->modules->len; i++)
    {
      SurveyModule *module = g_ptr_array_index (self->modules, i);

      if (hearth_course_find_module (course, module->id) == NULL)
        {
          g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
                       "The survey has statements for “%s”, which is not a module of the course.",
                       module->id);
          return FALSE;
        }
    }

  return TRUE;
}
