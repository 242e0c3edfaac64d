/* hearth-policy-sheet.h: laying out and drawing a home-policy sheet
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hearth-policy.h"

G_BEGIN_DECLS

typedef enum
{
  HEARTH_PAPER_A4,
  HEARTH_PAPER_LETTER,
} HearthPaper;

/* Page sizes in points (1/72 inch). */
#define HEARTH_A4_WIDTH       595.276
#define HEARTH_A4_HEIGHT      841.890
#define HEARTH_LETTER_WIDTH   612.0
#define HEARTH_LETTER_HEIGHT  792.0

typedef struct _HearthPolicySheet HearthPolicySheet;

gboolean           hearth_paper_from_string       (const char            *name,
                                                   HearthPaper           *paper);
void               hearth_paper_get_size          (HearthPaper            paper,
                                                   double                *width,
                                                   double                *height);

HearthPolicySheet *hearth_policy_sheet_new        (HearthPolicyCatalogue *catalogue,
                                                   HearthPolicy          *policy,
                                                   GPtrArray             *help_contacts,
                                                   const char            *language,
                                                   gboolean               bilingual);
void               hearth_policy_sheet_free       (HearthPolicySheet     *self);
guint              hearth_policy_sheet_paginate   (HearthPolicySheet     *self,
                                                   cairo_t               *cr,
                                                   double                 width,
                                                   double                 height);
void               hearth_policy_sheet_draw_page  (HearthPolicySheet     *self,
                                                   cairo_t               *cr,
                                                   guint                  page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HearthPolicySheet, hearth_policy_sheet_free)

G_END_DECLS
