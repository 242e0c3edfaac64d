/* hearth-policy-builder.h: making a family agreement, step by step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "hearth-context.h"

G_BEGIN_DECLS

#define HEARTH_TYPE_POLICY_BUILDER (hearth_policy_builder_get_type ())

G_DECLARE_FINAL_TYPE (HearthPolicyBuilder, hearth_policy_builder, HEARTH, POLICY_BUILDER, GtkWidget)

GtkWidget    *hearth_policy_builder_new           (HearthContext       *context);
void          hearth_policy_builder_open          (HearthPolicyBuilder *self,
                                                   HearthPolicy        *policy);
void          hearth_policy_builder_continue_from (HearthPolicyBuilder *self,
                                                   HearthPolicyBuilder *previous);
HearthPolicy *hearth_policy_builder_get_policy    (HearthPolicyBuilder *self);
guint         hearth_policy_builder_get_step      (HearthPolicyBuilder *self);

G_END_DECLS
