/* hearth-policy.c: one family's home policy
 *
 * Who is in the family (a first name or nickname and an age for each child),
 * the catalogue rules the family chose, perhaps in its own words, and rules
 * it wrote itself, in the catalogue's section order. It belongs to the
 * family: nothing here checks or sends it anywhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "hearth-i18n.h"
#include "hearth-policy.h"

#include <gio/gio.h>

struct _HearthPolicy
{
  GObject    parent_instance;

  gint64     id;           /* 0 until saved */
  char      *name;
  gint64     updated_at;
  char      *review_date;
  gboolean   signatures;
  GPtrArray *children;     /* HearthPolicyChild */
  GPtrArray *choices;      /* HearthPolicyChoice */
};

G_DEFINE_FINAL_TYPE (HearthPolicy, hearth_policy, G_TYPE_OBJECT)

static void
child_free (gpointer data)
{
  HearthPolicyChild *child = data;

  g_free (child->name);
  g_free (child);
}

static void
choice_free (gpointer data)
{
  HearthPolicyChoice *choice = data;

  g_free (choice->section_id);
  g_free (choice->rule_id);
  g_free (choice->text);
  g_free (choice);
}

static void
hearth_policy_finalize (GObject *object)
{
  HearthPolicy *self = HEARTH_POLICY (object);

  g_free (self->name);
  g_free (self->review_date);
  g_ptr_array_unref (self->children);
  g_ptr_array_unref (self->choices);

  G_OBJECT_CLASS (hearth_policy_parent_class)->finalize (object);
}

static void
hearth_policy_class_init (HearthPolicyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hearth_policy_finalize;
}

static void
hearth_policy_init (HearthPolicy *self)
{
  self->signatures = TRUE;
  self->children = g_ptr_array_new_with_free_func (child_free);
  self->choices = g_ptr_array_new_with_free_func (choice_free);
}

HearthPolicy *
hearth_policy_new (const char *name)
{
  HearthPolicy *self = g_object_new (HEARTH_TYPE_POLICY, NULL);

  self->name = g_strdup (name);
  return self;
}

gint64
hearth_policy_get_id (HearthPolicy *self)
{
  return self->id;
}

void
hearth_policy_set_id (HearthPolicy *self,
                      gint64        id)
{
  self->id = id;
}

const char *
hearth_policy_get_name (HearthPolicy *self)
{
  return self->name;
}

static gboolean
check_text (const char  *text,
            guint        max_chars,
            const char  *empty_message,
            const char  *long_message,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (text == NULL || !g_utf8_validate (text, -1, NULL) || *stripped == '\0')
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, empty_message);
      return FALSE;
    }
  if (g_utf8_strlen (text, -1) > max_chars)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT, long_message);
      return FALSE;
    }

  return TRUE;
}

gboolean
hearth_policy_set_name (HearthPolicy  *self,
                        const char    *name,
                        GError       **error)
{
  if (!check_text (name, HEARTH_POLICY_NAME_MAX_CHARS,
                   _("Please give the agreement a name, for example “Our home”."),
                   _("A name can have at most 60 letters. Please make it shorter."), error))
    return FALSE;

  g_free (self->name);
  self->name = g_strdup (name);
  return TRUE;
}

gint64
hearth_policy_get_updated_at (HearthPolicy *self)
{
  return self->updated_at;
}

void
hearth_policy_set_updated_at (HearthPolicy *self,
                              gint64        updated_at)
{
  self->updated_at = updated_at;
}

const char *
hearth_policy_get_review_date (HearthPolicy *self)
{
  return self->review_date;
}

void
hearth_policy_set_review_date (HearthPolicy *self,
                               const char   *review_date)
{
  g_free (self->review_date);
  self->review_date = review_date != NULL && *review_date != '\0' ? g_strdup (review_date) : NULL;
}

gboolean
hearth_policy_get_signatures (HearthPolicy *self)
{
  return self->signatures;
}

void
hearth_policy_set_signatures (HearthPolicy *self,
                              gboolean      signatures)
{
  self->signatures = signatures;
}

GPtrArray *
hearth_policy_get_children (HearthPolicy *self)
{
  return self->children;
}

/* A child is named by first name or nickname, or "Child 1": never a full
 * name, which the sheet does not need. */
gboolean
hearth_policy_add_child (HearthPolicy  *self,
                         const char    *name,
                         guint          age,
                         GError       **error)
{
  HearthPolicyChild *child;

  if (!check_text (name, HEARTH_POLICY_CHILD_MAX_CHARS,
                   _("Please give each child a first name, a nickname, or “Child 1”."),
                   _("A child’s name can have at most 40 letters."), error))
    return FALSE;
  if (age > HEARTH_POLICY_MAX_AGE)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Please give an age from 0 to 25."));
      return FALSE;
    }

  child = g_new0 (HearthPolicyChild, 1);
  child->name = g_strdup (name);
  child->age = age;
  g_ptr_array_add (self->children, child);
  return TRUE;
}

void
hearth_policy_remove_child (HearthPolicy *self,
                            guint         index)
{
  g_return_if_fail (index < self->children->len);
  g_ptr_array_remove_index (self->children, index);
}

/* The age bands of the family's children; every band while there are none,
 * so a blank sheet suggests everything. */
guint
hearth_policy_get_age_bands (HearthPolicy *self)
{
  guint bands = 0;

  for (guint i = 0; i < self->children->len; i++)
    bands |= hearth_age_band_for_age (((HearthPolicyChild *) g_ptr_array_index (self->children, i))->age);

  return bands != 0 ? bands : HEARTH_AGE_ALL;
}

/* The section's rules that suit at least one of the children. */
GPtrArray *
hearth_policy_suggest (HearthPolicy        *self,
                       HearthPolicySection *section)
{
  GPtrArray *suggestions = g_ptr_array_new ();
  guint bands = hearth_policy_get_age_bands (self);

  for (guint i = 0; i < section->rules->len; i++)
    {
      HearthPolicyRule *rule = g_ptr_array_index (section->rules, i);

      if (rule->ages & bands)
        g_ptr_array_add (suggestions, rule);
    }

  return suggestions;
}

GPtrArray *
hearth_policy_get_choices (HearthPolicy *self)
{
  return self->choices;
}

static HearthPolicyChoice *
find_choice (HearthPolicy *self,
             const char   *rule_id,
             guint        *index)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      HearthPolicyChoice *choice = g_ptr_array_index (self->choices, i);

      if (choice->rule_id != NULL && g_strcmp0 (choice->rule_id, rule_id) == 0)
        {
          if (index != NULL)
            *index = i;
          return choice;
        }
    }

  return NULL;
}

gboolean
hearth_policy_is_chosen (HearthPolicy *self,
                         const char   *rule_id)
{
  return find_choice (self, rule_id, NULL) != NULL;
}

/* Adds a choice as it was saved, keeping the saved order. */
void
hearth_policy_add_choice (HearthPolicy *self,
                          const char   *section_id,
                          const char   *rule_id,
                          const char   *text)
{
  HearthPolicyChoice *choice = g_new0 (HearthPolicyChoice, 1);

  choice->section_id = g_strdup (section_id);
  choice->rule_id = g_strdup (rule_id);
  choice->text = g_strdup (text);
  g_ptr_array_add (self->choices, choice);
}

void
hearth_policy_choose_rule (HearthPolicy *self,
                           const char   *section_id,
                           const char   *rule_id,
                           gboolean      chosen)
{
  guint index;

  if (find_choice (self, rule_id, &index) != NULL)
    {
      if (!chosen)
        g_ptr_array_remove_index (self->choices, index);
      return;
    }

  if (chosen)
    hearth_policy_add_choice (self, section_id, rule_id, NULL);
}

/* Puts a chosen rule in the family's own words; empty words go back to the
 * catalogue's. */
gboolean
hearth_policy_reword_rule (HearthPolicy  *self,
                           const char    *rule_id,
                           const char    *text,
                           GError       **error)
{
  HearthPolicyChoice *choice = find_choice (self, rule_id, NULL);
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  g_return_val_if_fail (choice != NULL, FALSE);

  if (*stripped != '\0' &&
      !check_text (text, HEARTH_POLICY_RULE_MAX_CHARS, "",
                   _("A rule can have at most 200 letters. Please make it shorter."), error))
    return FALSE;

  g_free (choice->text);
  choice->text = *stripped != '\0' ? g_strdup (text) : NULL;
  return TRUE;
}

gboolean
hearth_policy_add_own_rule (HearthPolicy  *self,
                            const char    *section_id,
                            const char    *text,
                            GError       **error)
{
  if (!check_text (text, HEARTH_POLICY_RULE_MAX_CHARS,
                   _("Please write the rule first."),
                   _("A rule can have at most 200 letters. Please make it shorter."), error))
    return FALSE;

  hearth_policy_add_choice (self, section_id, NULL, text);
  return TRUE;
}

void
hearth_policy_remove_choice (HearthPolicy *self,
                             guint         index)
{
  g_return_if_fail (index < self->choices->len);
  g_ptr_array_remove_index (self->choices, index);
}

/* The words of a chosen rule: the family's own, or the catalogue's in
 * @language (English where it has no translation yet). */
const char *
hearth_policy_choice_text (HearthPolicyChoice    *choice,
                           HearthPolicyCatalogue *catalogue,
                           const char            *language)
{
  HearthPolicyRule *rule;

  if (choice->text != NULL)
    return choice->text;

  rule = hearth_policy_catalogue_find_rule (catalogue, choice->rule_id, NULL);
  return rule != NULL ? hearth_text_get (rule->text, language) : NULL;
}
