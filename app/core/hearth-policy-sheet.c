/* hearth-policy-sheet.c: what goes on a home-policy sheet
 *
 * A sheet is a title, then blocks (headings, rules with tick boxes, lines to
 * write on, signature lines), and a footer with the national help numbers.
 * This file decides the blocks for a family's agreement, or for a blank
 * sheet to fill in by hand; hearth-policy-sheet-draw.c lays them out and
 * draws them, for the PDF and the print dialog alike.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-contacts.h"
#include "hearth-language.h"
#include "hearth-policy-sheet-private.h"

#include <string.h>

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->text);
  g_free (block->english);
  g_free (block->second);
  g_free (block);
}

gboolean
hearth_paper_from_string (const char  *name,
                          HearthPaper *paper)
{
  if (g_strcmp0 (name, "a4") == 0)
    *paper = HEARTH_PAPER_A4;
  else if (g_strcmp0 (name, "letter") == 0)
    *paper = HEARTH_PAPER_LETTER;
  else
    return FALSE;

  return TRUE;
}

void
hearth_paper_get_size (HearthPaper  paper,
                       double      *width,
                       double      *height)
{
  *width = paper == HEARTH_PAPER_LETTER ? HEARTH_LETTER_WIDTH : HEARTH_A4_WIDTH;
  *height = paper == HEARTH_PAPER_LETTER ? HEARTH_LETTER_HEIGHT : HEARTH_A4_HEIGHT;
}

static Block *
add_block (HearthPolicySheet *self,
           BlockKind          kind,
           const char        *text,
           const char        *english)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->text = g_strdup (text);
  /* English beneath only where it says something the line above does not. */
  if (english != NULL && g_strcmp0 (english, text) != 0)
    block->english = g_strdup (english);
  g_ptr_array_add (self->blocks, block);
  return block;
}

static const char *
phrase (HearthPolicyCatalogue *catalogue,
        const char            *id,
        const char            *language)
{
  return hearth_policy_catalogue_phrase (catalogue, id, language);
}

static char *
describe_children (HearthPolicySheet     *self,
                   HearthPolicyCatalogue *catalogue,
                   HearthPolicy          *policy)
{
  GPtrArray *children = hearth_policy_get_children (policy);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < children->len; i++)
    {
      HearthPolicyChild *child = g_ptr_array_index (children, i);

      /* The name isolated: a Latin name in an Arabic line keeps its place. */
      g_string_append_printf (text, "%s\u2068%s\u2069 (%s %u)", i > 0 ? "   ·   " : "", child->name,
                              phrase (catalogue, "age", self->language), child->age);
    }

  return g_string_free (text, FALSE);
}

static void
add_section (HearthPolicySheet     *self,
             HearthPolicyCatalogue *catalogue,
             HearthPolicy          *policy,
             HearthPolicySection   *section,
             gboolean               bilingual)
{
  const char *language = self->language;
  gboolean blank = policy == NULL || hearth_policy_get_id (policy) == 0;
  GPtrArray *choices = policy != NULL ? hearth_policy_get_choices (policy) : NULL;
  gboolean any = FALSE;

  add_block (self, BLOCK_HEADING, hearth_text_get (section->title, language),
             bilingual ? hearth_text_get (section->title, "en") : NULL);

  if (blank)
    {
      /* Every suggestion to tick, and room for the family's own. */
      for (guint i = 0; i < section->rules->len; i++)
        {
          HearthPolicyRule *rule = g_ptr_array_index (section->rules, i);

          add_block (self, BLOCK_RULE, hearth_text_get (rule->text, language),
                     bilingual ? hearth_text_get (rule->text, "en") : NULL);
        }
      if (g_strcmp0 (section->id, "signatures") != 0 && g_strcmp0 (section->id, "review") != 0)
        add_block (self, BLOCK_WRITE_LINE, phrase (catalogue, "own-rule-hint", language), NULL);
    }
  else
    {
      for (guint i = 0; i < choices->len; i++)
        {
          HearthPolicyChoice *choice = g_ptr_array_index (choices, i);
          const char *english = NULL;
          Block *block;

          /* A suggestion since retired from the catalogue has no words left
           * to print; the family's other choices still stand. */
          if (g_strcmp0 (choice->section_id, section->id) != 0 ||
              hearth_policy_choice_text (choice, catalogue, language) == NULL)
            continue;

          /* The family's own words have no English to show. */
          if (bilingual && choice->text == NULL)
            english = hearth_policy_choice_text (choice, catalogue, "en");
          block = add_block (self, BLOCK_RULE, hearth_policy_choice_text (choice, catalogue, language), english);
          block->ticked = TRUE;
          any = TRUE;
        }
      if (!any && g_strcmp0 (section->id, "signatures") != 0)
        add_block (self, BLOCK_WRITE_LINE, phrase (catalogue, "own-rule-hint", language), NULL);
    }

  if (g_strcmp0 (section->id, "review") == 0)
    {
      const char *date = policy != NULL ? hearth_policy_get_review_date (policy) : NULL;
      g_autofree char *line = g_strdup_printf ("%s %s", phrase (catalogue, "review-date", language),
                                               date != NULL ? date : "");

      if (date != NULL)
        add_block (self, BLOCK_PARAGRAPH, line, NULL);
      else
        add_block (self, BLOCK_WRITE_LINE, phrase (catalogue, "review-date", language), NULL);
    }
}

static void
add_signatures (HearthPolicySheet     *self,
                HearthPolicyCatalogue *catalogue,
                HearthPolicy          *policy)
{
  guint n_children = policy != NULL ? hearth_policy_get_children (policy)->len : 0;
  guint rows = CLAMP (n_children + 2, 3, 6);

  add_block (self, BLOCK_PARAGRAPH, phrase (catalogue, "signatures-optional", self->language), NULL);
  for (guint i = 0; i < rows; i++)
    {
      Block *block = add_block (self, BLOCK_FIELDS, phrase (catalogue, "signature", self->language), NULL);

      block->second = g_strdup (phrase (catalogue, "date", self->language));
    }
}

static char *
describe_help (HearthPolicyCatalogue *catalogue,
               GPtrArray             *contacts,
               const char            *language)
{
  GString *text = g_string_new (phrase (catalogue, "help-heading", language));

  g_string_append (text, ":  ");
  for (guint i = 0, shown = 0; contacts != NULL && i < contacts->len; i++)
    {
      HearthContact *contact = g_ptr_array_index (contacts, i);
      const char *name = hearth_text_get (contact->name, language);

      if (contact->phone == NULL || contact->advice)
        continue;

      g_string_append (text, shown++ > 0 ? "   ·   " : "");
      /* Each contact is isolated, so in Arabic or Urdu a Latin name and its
       * number stay together and the contacts keep their order.
       * "Police emergency: 999" names its number already. */
      if (strstr (name, contact->phone) != NULL)
        g_string_append_printf (text, "\u2068%s\u2069", name);
      else
        {
          g_autofree char *phone = hearth_text_isolate_left_to_right (contact->phone);

          g_string_append_printf (text, "\u2068%s %s\u2069", name, phone);
        }
    }

  return g_string_free (text, FALSE);
}

/* Builds the sheet for @policy, or a blank sheet to fill in by hand when
 * @policy is NULL, in @language, with the English beneath each line when
 * @bilingual. Nothing is laid out until hearth_policy_sheet_paginate (). */
HearthPolicySheet *
hearth_policy_sheet_new (HearthPolicyCatalogue *catalogue,
                         HearthPolicy          *policy,
                         GPtrArray             *help_contacts,
                         const char            *language,
                         gboolean               bilingual)
{
  HearthPolicySheet *self = g_new0 (HearthPolicySheet, 1);
  const HearthLanguage *info = hearth_language_lookup (language);
  GPtrArray *sections = hearth_policy_catalogue_get_sections (catalogue);

  g_return_val_if_fail (info != NULL, NULL);

  /* A language the sheet is not yet translated into is printed in English. */
  if (!hearth_policy_catalogue_has_language (catalogue, info->code))
    info = hearth_language_lookup (HEARTH_SOURCE_LANGUAGE);
  bilingual = bilingual && strcmp (info->code, HEARTH_SOURCE_LANGUAGE) != 0;

  self->language = g_strdup (info->code);
  self->right_to_left = info->right_to_left;
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->title = g_strdup (policy != NULL && hearth_policy_get_id (policy) != 0
                          ? hearth_policy_get_name (policy) : phrase (catalogue, "title", self->language));
  self->subtitle = g_strdup_printf ("%s  %s", phrase (catalogue, "subtitle", self->language),
                                    phrase (catalogue, "voluntary", self->language));
  self->footer = describe_help (catalogue, help_contacts, self->language);
  self->made_with = g_strdup (phrase (catalogue, "made-with", self->language));
  self->page_word = g_strdup (phrase (catalogue, "page", self->language));
  self->of_word = g_strdup (phrase (catalogue, "of", self->language));

  add_block (self, BLOCK_HEADING, phrase (catalogue, "children", self->language),
             bilingual ? phrase (catalogue, "children", "en") : NULL);
  if (policy != NULL && hearth_policy_get_children (policy)->len > 0)
    {
      g_autofree char *children = describe_children (self, catalogue, policy);

      add_block (self, BLOCK_PARAGRAPH, children, NULL);
    }
  else
    for (guint i = 0; i < 3; i++)
      {
        Block *block = add_block (self, BLOCK_FIELDS, phrase (catalogue, "signature", self->language), NULL);

        block->second = g_strdup (phrase (catalogue, "age", self->language));
      }

  if (policy == NULL || hearth_policy_get_id (policy) == 0)
    add_block (self, BLOCK_PARAGRAPH, phrase (catalogue, "tick-hint", self->language), NULL);

  for (guint i = 0; i < sections->len; i++)
    {
      HearthPolicySection *section = g_ptr_array_index (sections, i);

      if (g_strcmp0 (section->id, "signatures") == 0 && policy != NULL &&
          hearth_policy_get_id (policy) != 0 && !hearth_policy_get_signatures (policy))
        continue;

      add_section (self, catalogue, policy, section, bilingual);
      if (g_strcmp0 (section->id, "signatures") == 0)
        add_signatures (self, catalogue, policy);
    }

  return self;
}

void
hearth_policy_sheet_free (HearthPolicySheet *self)
{
  if (self == NULL)
    return;

  g_free (self->language);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->footer);
  g_free (self->made_with);
  g_free (self->page_word);
  g_free (self->of_word);
  g_ptr_array_unref (self->blocks);
  g_free (self);
}
