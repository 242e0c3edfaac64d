/* hearth-policy-catalogue.h: the suggested rules of a family home policy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "hearth-text.h"

G_BEGIN_DECLS

#define HEARTH_POLICY_CATALOGUE_RESOURCE "/org/hearthapp/Hearth/policy/catalogue.xml"

/* The age bands a rule suits, as bits. */
typedef enum
{
  HEARTH_AGE_UNDER_5  = 1 << 0,
  HEARTH_AGE_5_TO_7   = 1 << 1,
  HEARTH_AGE_8_TO_10  = 1 << 2,
  HEARTH_AGE_11_TO_13 = 1 << 3,
  HEARTH_AGE_14_PLUS  = 1 << 4,
} HearthAgeBands;

#define HEARTH_AGE_ALL 0x1f

typedef struct
{
  char       *id;
  HearthText *text;
  guint       ages;  /* HearthAgeBands */
} HearthPolicyRule;

typedef struct
{
  char       *id;
  HearthText *title;
  HearthText *intro;
  GPtrArray  *rules;  /* HearthPolicyRule */
} HearthPolicySection;

typedef struct _HearthPolicyCatalogue HearthPolicyCatalogue;

HearthPolicyCatalogue *hearth_policy_catalogue_parse        (const char             *file_name,
                                                             const char             *data,
                                                             gssize                  length,
                                                             GError                **error);
HearthPolicyCatalogue *hearth_policy_catalogue_load         (GError                **error);
void                   hearth_policy_catalogue_free         (HearthPolicyCatalogue  *self);
GPtrArray             *hearth_policy_catalogue_get_sections (HearthPolicyCatalogue  *self);
HearthPolicySection   *hearth_policy_catalogue_find_section (HearthPolicyCatalogue  *self,
                                                             const char             *section_id);
HearthPolicyRule      *hearth_policy_catalogue_find_rule    (HearthPolicyCatalogue  *self,
                                                             const char             *rule_id,
                                                             HearthPolicySection   **section);
const char            *hearth_policy_catalogue_phrase       (HearthPolicyCatalogue  *self,
                                                             const char             *phrase_id,
                                                             const char             *language);
gboolean               hearth_policy_catalogue_has_language (HearthPolicyCatalogue  *self,
                                                             const char             *language);
guint                  hearth_age_band_for_age              (guint                   age);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPolicyCatalogue, hearth_policy_catalogue_free)

G_END_DECLS
