/* hearth-policy.h: one family's home policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "hearth-policy-catalogue.h"

G_BEGIN_DECLS

#define HEARTH_POLICY_NAME_MAX_CHARS  60
#define HEARTH_POLICY_CHILD_MAX_CHARS 40
#define HEARTH_POLICY_RULE_MAX_CHARS  200
#define HEARTH_POLICY_MAX_AGE         25

typedef struct
{
  char  *name;
  guint  age;
} HearthPolicyChild;

/* A chosen rule: one of the catalogue's (rule_id set), perhaps reworded
 * (text set), or the family's own (rule_id NULL, text set). */
typedef struct
{
  char *section_id;
  char *rule_id;
  char *text;
} HearthPolicyChoice;

#define HEARTH_TYPE_POLICY (hearth_policy_get_type ())

G_DECLARE_FINAL_TYPE (HearthPolicy, hearth_policy, HEARTH, POLICY, GObject)

HearthPolicy *hearth_policy_new               (const char            *name);
gint64        hearth_policy_get_id            (HearthPolicy          *self);
void          hearth_policy_set_id            (HearthPolicy          *self,
                                               gint64                 id);
const char   *hearth_policy_get_name          (HearthPolicy          *self);
gboolean      hearth_policy_set_name          (HearthPolicy          *self,
                                               const char            *name,
                                               GError               **error);
gint64        hearth_policy_get_updated_at    (HearthPolicy          *self);
void          hearth_policy_set_updated_at    (HearthPolicy          *self,
                                               gint64                 updated_at);
const char   *hearth_policy_get_review_date   (HearthPolicy          *self);
void          hearth_policy_set_review_date   (HearthPolicy          *self,
                                               const char            *review_date);
gboolean      hearth_policy_get_signatures    (HearthPolicy          *self);
void          hearth_policy_set_signatures    (HearthPolicy          *self,
                                               gboolean               signatures);

GPtrArray    *hearth_policy_get_children      (HearthPolicy          *self);
gboolean      hearth_policy_add_child         (HearthPolicy          *self,
                                               const char            *name,
                                               guint                  age,
                                               GError               **error);
void          hearth_policy_remove_child      (HearthPolicy          *self,
                                               guint                  index);
guint         hearth_policy_get_age_bands     (HearthPolicy          *self);

GPtrArray    *hearth_policy_suggest           (HearthPolicy          *self,
                                               HearthPolicySection   *section);
GPtrArray    *hearth_policy_get_choices       (HearthPolicy          *self);
gboolean      hearth_policy_is_chosen         (HearthPolicy          *self,
                                               const char            *rule_id);
void          hearth_policy_choose_rule       (HearthPolicy          *self,
                                               const char            *section_id,
                                               const char            *rule_id,
                                               gboolean               chosen);
gboolean      hearth_policy_reword_rule       (HearthPolicy          *self,
                                               const char            *rule_id,
                                               const char            *text,
                                               GError               **error);
gboolean      hearth_policy_add_own_rule      (HearthPolicy          *self,
                                               const char            *section_id,
                                               const char            *text,
                                               GError               **error);
void          hearth_policy_remove_choice     (HearthPolicy          *self,
                                               guint                  index);
void          hearth_policy_add_choice        (HearthPolicy          *self,
                                               const char            *section_id,
                                               const char            *rule_id,
                                               const char            *text);
const char   *hearth_policy_choice_text       (HearthPolicyChoice    *choice,
                                               HearthPolicyCatalogue *catalogue,
                                               const char            *language);

G_END_DECLS
