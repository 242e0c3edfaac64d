/* hearth-text.c: one piece of course text in every language it has
 *
 * A course file merged by msgfmt holds each translatable element once per
 * language, so a loaded course answers in any language at any time: this is
 * what lets a learner switch language mid-lesson and lets one document print
 * two languages side by side.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-text.h"
#include "hearth-language.h"

#include <string.h>

typedef struct
{
  char *language;
  char *value;
} Translation;

struct _HearthText
{
  /* A handful of languages: a flat array beats a hash table here. */
  GArray *translations;
};

static void
translation_clear (gpointer data)
{
  Translation *translation = data;

  g_free (translation->language);
  g_free (translation->value);
}

HearthText *
hearth_text_new (void)
{
  HearthText *self = g_new0 (HearthText, 1);

  self->translations = g_array_new (FALSE, FALSE, sizeof (Translation));
  g_array_set_clear_func (self->translations, translation_clear);
  return self;
}

void
hearth_text_free (HearthText *self)
{
  if (self == NULL)
    return;

  g_array_unref (self->translations);
  g_free (self);
}

static Translation *
find_translation (const HearthText *self,
                  const char       *language)
{
  for (guint i = 0; i < self->translations->len; i++)
    {
      Translation *translation = &g_array_index (self->translations, Translation, i);

      if (strcmp (translation->language, language) == 0)
        return translation;
    }

  return NULL;
}

void
hearth_text_set (HearthText *self,
                 const char *language,
                 const char *value)
{
  Translation *existing;
  Translation translation;

  g_return_if_fail (self != NULL);
  g_return_if_fail (value != NULL);

  if (language == NULL)
    language = HEARTH_SOURCE_LANGUAGE;

  existing = find_translation (self, language);
  if (existing != NULL)
    {
      g_free (existing->value);
      existing->value = g_strdup (value);
      return;
    }

  translation.language = g_strdup (language);
  translation.value = g_strdup (value);
  g_array_append_val (self->translations, translation);
}

/* Returns the text in @language, or in English when it has no translation
 * yet, so a learner always sees something she can have read to her. */
const char *
hearth_text_get (const HearthText *self,
                 const char       *language)
{
  const Translation *translation = NULL;

  if (self == NULL)
    return NULL;

  if (language != NULL)
    translation = find_translation (self, language);
  if (translation == NULL)
    translation = find_translation (self, HEARTH_SOURCE_LANGUAGE);

  return translation != NULL ? translation->value : NULL;
}

gboolean
hearth_text_has (const HearthText *self,
                 const char       *language)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (language != NULL, FALSE);

  return find_translation (self, language) != NULL;
}

static gboolean
is_digit_at (const char *text,
             gsize       i)
{
  return g_ascii_isdigit (text[i]);
}

/* Wraps each number written in groups, such as "0800 555111", in Unicode's
 * left-to-right isolate marks. Digits have no direction of their own, so in
 * Arabic or Urdu text the groups of a phone number would otherwise show in
 * reverse order: "555111 0800". Numbers of one group are left alone. */
char *
hearth_text_isolate_numbers (const char *text)
{
  GString *result = g_string_new (NULL);
  gsize length = strlen (text);

  for (gsize i = 0; i < length; )
    {
      gsize end = i, groups = 0;

      if (!is_digit_at (text, i) || (i > 0 && is_digit_at (text, i - 1)))
        {
          g_string_append_c (result, text[i++]);
          continue;
        }

      /* A run of digit groups joined by single spaces. */
      while (end < length && is_digit_at (text, end))
        {
          while (end < length && is_digit_at (text, end))
            end++;
          groups++;
          if (end + 1 < length && text[end] == ' ' && is_digit_at (text, end + 1))
            end++;
          else
            break;
        }

      if (groups > 1)
        g_string_append (result, "\u2066");
      g_string_append_len (result, text + i, end - i);
      if (groups > 1)
        g_string_append (result, "\u2069");
      i = end;
    }

  return g_string_free (result, FALSE);
}

/* Wraps a phone number or an address whole in left-to-right isolate marks,
 * for text that is nothing but the number: in a right-to-left window its
 * groups would otherwise show in reverse order. */
char *
hearth_text_isolate_left_to_right (const char *text)
{
  return g_strconcat ("\u2066", text, "\u2069", NULL);
}
