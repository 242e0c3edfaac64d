/* hearth-policy-catalogue.c: the suggested rules of a family home policy
 *
 * data/policy/catalogue.xml.in lists, section by section, rules a family may
 * choose, each with the age bands it suits, and the words of the printed
 * sheet. Like the course, it is merged with every language at build time, so
 * one loaded catalogue prints any language, or two side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-course-loader.h"
#include "hearth-policy-catalogue.h"

#include <gio/gio.h>
#include <string.h>

struct _HearthPolicyCatalogue
{
  GPtrArray  *sections;  /* HearthPolicySection */
  GHashTable *phrases;   /* id → HearthText */
};

static const struct {
  const char *name;
  guint       band;
} age_bands[] = {
  { "under-5", HEARTH_AGE_UNDER_5 },
  { "5-7", HEARTH_AGE_5_TO_7 },
  { "8-10", HEARTH_AGE_8_TO_10 },
  { "11-13", HEARTH_AGE_11_TO_13 },
  { "14-plus", HEARTH_AGE_14_PLUS },
};

static void
rule_free (gpointer data)
{
  HearthPolicyRule *rule = data;

  g_free (rule->id);
  hearth_text_free (rule->text);
  g_free (rule);
}

static void
section_free (gpointer data)
{
  HearthPolicySection *section = data;

  g_free (section->id);
  hearth_text_free (section->title);
  hearth_text_free (section->intro);
  g_ptr_array_unref (section->rules);
  g_free (section);
}

void
hearth_policy_catalogue_free (HearthPolicyCatalogue *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->sections);
  g_hash_table_unref (self->phrases);
  g_free (self);
}

guint
hearth_age_band_for_age (guint age)
{
  if (age < 5)
    return HEARTH_AGE_UNDER_5;
  if (age <= 7)
    return HEARTH_AGE_5_TO_7;
  if (age <= 10)
    return HEARTH_AGE_8_TO_10;
  if (age <= 13)
    return HEARTH_AGE_11_TO_13;
  return HEARTH_AGE_14_PLUS;
}

typedef struct
{
  const char            *file_name;
  GMarkupParseContext   *context;
  HearthPolicyCatalogue *catalogue;
  HearthPolicySection   *section;
  HearthPolicyRule      *rule;
  HearthText            *target;
  HearthText            *last_phrase;
  char                  *language;
  GString               *text;
  GHashTable            *ids;
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

static gboolean
parse_ages (const char *value,
            guint      *ages)
{
  g_auto(GStrv) names = g_strsplit (value != NULL ? value : "", " ", -1);

  *ages = 0;
  for (guint i = 0; names[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (names[i][0] == '\0')
        continue;
      for (guint b = 0; b < G_N_ELEMENTS (age_bands); b++)
        if (strcmp (names[i], age_bands[b].name) == 0)
          {
            *ages |= age_bands[b].band;
            known = TRUE;
          }
      if (!known)
        return FALSE;
    }

  return *ages != 0;
}

/* Starts reading the text of a translatable element into @slot. */
static gboolean
start_text (Parser       *parser,
            HearthText  **slot,
            const char   *element,
            const char  **names,
            const char  **values,
            GError      **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *language = NULL;

  if (!g_markup_collect_attributes (element, names, values, &local_error,
                                    G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "xml:lang", &language,
                                    G_MARKUP_COLLECT_INVALID))
    {
      set_invalid (parser, error, "%s", local_error->message);
      return FALSE;
    }

  if (*slot == NULL)
    *slot = hearth_text_new ();
  parser->target = *slot;
  g_free (parser->language);
  parser->language = g_strdup (language);
  g_string_truncate (parser->text, 0);
  return TRUE;
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

  if (strcmp (element, "policy-catalogue") == 0 && parent == NULL)
    return;
  if (strcmp (element, "sheet") == 0 && g_strcmp0 (parent, "policy-catalogue") == 0)
    return;

  if (strcmp (element, "phrase") == 0 && g_strcmp0 (parent, "sheet") == 0)
    {
      const char *id = NULL, *language = NULL;
      HearthText *phrase;

      if (!g_markup_collect_attributes (element, names, values, &local_error,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "id", &id,
                                        G_MARKUP_COLLECT_STRING | G_MARKUP_COLLECT_OPTIONAL, "xml:lang", &language,
                                        G_MARKUP_COLLECT_INVALID))
        {
          set_invalid (parser, error, "%s", local_error->message);
          return;
        }

      /* msgfmt copies a translated element with its xml:lang only, right
       * after the English: a phrase without an id is the one before's. */
      if (id == NULL && (language == NULL || parser->last_phrase == NULL))
        {
          set_invalid (parser, error, "element 'phrase' requires attribute 'id'");
          return;
        }

      phrase = id != NULL ? g_hash_table_lookup (parser->catalogue->phrases, id) : parser->last_phrase;
      if (phrase == NULL)
        {
          phrase = hearth_text_new ();
          g_hash_table_insert (parser->catalogue->phrases, g_strdup (id), phrase);
        }
      parser->last_phrase = phrase;
      parser->target = phrase;
      g_free (parser->language);
      parser->language = g_strdup (language);
      g_string_truncate (parser->text, 0);
      return;
    }

  if (strcmp (element, "section") == 0 && g_strcmp0 (parent, "policy-catalogue") == 0)
    {
      const char *id = NULL;

      if (!g_markup_collect_attributes (element, names, values, &local_error,
                                        G_MARKUP_COLLECT_STRING, "id", &id, G_MARKUP_COLLECT_INVALID))
        {
          set_invalid (parser, error, "%s", local_error->message);
          return;
        }
      if (!g_hash_table_add (parser->ids, g_strdup (id)))
        {
          set_invalid (parser, error, "there are two sections or rules with the id “%s”", id);
          return;
        }

      parser->section = g_new0 (HearthPolicySection, 1);
      parser->section->id = g_strdup (id);
      parser->section->rules = g_ptr_array_new_with_free_func (rule_free);
      g_ptr_array_add (parser->catalogue->sections, parser->section);
      return;
    }

  if ((strcmp (element, "title") == 0 || strcmp (element, "intro") == 0) && g_strcmp0 (parent, "section") == 0)
    {
      start_text (parser, element[0] == 't' ? &parser->section->title : &parser->section->intro,
                  element, names, values, error);
      return;
    }

  if (strcmp (element, "rule") == 0 && g_strcmp0 (parent, "section") == 0)
    {
      const char *id = NULL, *ages = NULL;
      guint bands = 0;

      if (!g_markup_collect_attributes (element, names, values, &local_error,
                                        G_MARKUP_COLLECT_STRING, "id", &id,
                                        G_MARKUP_COLLECT_STRING, "ages", &ages,
                                        G_MARKUP_COLLECT_INVALID))
        {
          set_invalid (parser, error, "%s", local_error->message);
          return;
        }
      if (!parse_ages (ages, &bands))
        {
          set_invalid (parser, error, "ages “%s” of rule “%s” must be from: under-5 5-7 8-10 11-13 14-plus", ages, id);
          return;
        }
      if (!g_hash_table_add (parser->ids, g_strdup (id)))
        {
          set_invalid (parser, error, "there are two sections or rules with the id “%s”", id);
          return;
        }

      parser->rule = g_new0 (HearthPolicyRule, 1);
      parser->rule->id = g_strdup (id);
      parser->rule->ages = bands;
      g_ptr_array_add (parser->section->rules, parser->rule);
      return;
    }

  if (strcmp (element, "text") == 0 && g_strcmp0 (parent, "rule") == 0)
    {
      start_text (parser, &parser->rule->text, element, names, values, error);
      return;
    }

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

  if (strcmp (element, "rule") == 0)
    {
      if (parser->rule->text == NULL)
        set_invalid (parser, error, "rule “%s” has no <text>", parser->rule->id);
      parser->rule = NULL;
    }
  else if (strcmp (element, "section") == 0)
    {
      if (parser->section->title == NULL)
        set_invalid (parser, error, "section “%s” has no <title>", parser->section->id);
      parser->section = NULL;
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

HearthPolicyCatalogue *
hearth_policy_catalogue_parse (const char  *file_name,
                               const char  *data,
                               gssize       length,
                               GError     **error)
{
  g_autoptr(HearthPolicyCatalogue) catalogue = g_new0 (HearthPolicyCatalogue, 1);
  Parser parser = { .file_name = file_name };
  gboolean ok;

  catalogue->sections = g_ptr_array_new_with_free_func (section_free);
  catalogue->phrases = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) hearth_text_free);
  parser.catalogue = catalogue;
  parser.text = g_string_new (NULL);
  parser.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  parser.context = g_markup_parse_context_new (&markup_parser, 0, &parser, NULL);

  ok = g_markup_parse_context_parse (parser.context, data, length, error) &&
       g_markup_parse_context_end_parse (parser.context, error);

  g_markup_parse_context_free (parser.context);
  g_string_free (parser.text, TRUE);
  g_hash_table_unref (parser.ids);
  g_free (parser.language);

  if (ok && catalogue->sections->len == 0)
    {
      g_set_error (error, HEARTH_COURSE_ERROR, HEARTH_COURSE_ERROR_INVALID,
                   "%s:1: the catalogue has no sections", file_name);
      ok = FALSE;
    }

  return ok ? g_steal_pointer (&catalogue) : NULL;
}

/* The catalogue built into Hearth, in every language. */
HearthPolicyCatalogue *
hearth_policy_catalogue_load (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (HEARTH_POLICY_CATALOGUE_RESOURCE,
                                                     G_RESOURCE_LOOKUP_FLAGS_NONE, error);

  if (bytes == NULL)
    return NULL;

  return hearth_policy_catalogue_parse ("catalogue.xml", g_bytes_get_data (bytes, NULL),
                                        g_bytes_get_size (bytes), error);
}

GPtrArray *
hearth_policy_catalogue_get_sections (HearthPolicyCatalogue *self)
{
  return self->sections;
}

HearthPolicySection *
hearth_policy_catalogue_find_section (HearthPolicyCatalogue *self,
                                      const char            *section_id)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      HearthPolicySection *section = g_ptr_array_index (self->sections, i);

      if (g_strcmp0 (section->id, section_id) == 0)
        return section;
    }

  return NULL;
}

HearthPolicyRule *
hearth_policy_catalogue_find_rule (HearthPolicyCatalogue  *self,
                                   const char             *rule_id,
                                   HearthPolicySection   **section_out)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      HearthPolicySection *section = g_ptr_array_index (self->sections, i);

      for (guint r = 0; r < section->rules->len; r++)
        {
          HearthPolicyRule *rule = g_ptr_array_index (section->rules, r);

          if (g_strcmp0 (rule->id, rule_id) == 0)
            {
              if (section_out != NULL)
                *section_out = section;
              return rule;
            }
        }
    }

  return NULL;
}

/* A word of the printed sheet, in @language or English; the id itself if the
 * catalogue lacks it, so a missing phrase shows rather than crashes. */
const char *
hearth_policy_catalogue_phrase (HearthPolicyCatalogue *self,
                                const char            *phrase_id,
                                const char            *language)
{
  HearthText *phrase = g_hash_table_lookup (self->phrases, phrase_id);

  return phrase != NULL ? hearth_text_get (phrase, language) : phrase_id;
}

/* Whether the sheet has been translated into @language: its title has. */
gboolean
hearth_policy_catalogue_has_language (HearthPolicyCatalogue *self,
                                      const char            *language)
{
  HearthText *title = g_hash_table_lookup (self->phrases, "title");

  return title != NULL && hearth_text_has (title, language);
}
