/* hearth-policy-builder-private.h: what the files of HearthPolicyBuilder share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-policy-builder.h"
#include "hearth-policy-sheet.h"

G_BEGIN_DECLS

struct _HearthPolicyBuilder
{
  GtkWidget              parent_instance;

  HearthContext         *context;
  HearthPolicyCatalogue *catalogue;
  GPtrArray             *contacts;
  HearthPolicy          *policy;
  guint                  step;
  gboolean               bilingual;
  HearthPaper            paper;
  GtkWidget             *children_box;  /* on the family step */

  GtkScrolledWindow     *scroller;
  GtkProgressBar        *progress;
  GtkLabel              *counter;
  GtkLabel              *title;
  GtkLabel              *intro;
  GtkBox                *content;
  GtkButton             *next_button;
};


void        hearth_policy_builder_save          (HearthPolicyBuilder *self);
void        hearth_policy_builder_tell          (HearthPolicyBuilder *self,
                                                 const char          *message);
const char *hearth_policy_builder_language      (HearthPolicyBuilder *self);
void        hearth_policy_builder_show_step     (HearthPolicyBuilder *self);
GtkWidget  *hearth_policy_builder_label         (const char          *text,
                                                 const char          *css_class);
GtkWidget  *hearth_policy_builder_entry         (const char          *text,
                                                 const char          *accessible_name);
void        hearth_policy_builder_build_family  (HearthPolicyBuilder *self);
void        hearth_policy_builder_build_preview (HearthPolicyBuilder *self);

G_END_DECLS
