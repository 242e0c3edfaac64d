/* hearth-window-private.h: what the files of HearthWindow share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "hearth-window.h"

G_BEGIN_DECLS

struct _HearthWindow
{
  AdwApplicationWindow  parent_instance;

  HearthContext        *context;
  guint                 rebuild_source;
  char                 *language_class;
  char                 *return_page;  /* where Back goes from "Get help now" */

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *help_button;
  AdwButtonContent     *help_button_content;
  GtkMenuButton        *menu_button;
  GtkStack             *stack;

  /* pages, owned by the stack */
  GtkWidget            *picker;
  GtkWidget            *add_learner;
  GtkWidget            *home;
  GtkWidget            *module_page;
  GtkWidget            *lesson_view;
  GtkWidget            *quiz_view;
  GtkWidget            *policies_page;
  GtkWidget            *policy_builder;
  GtkWidget            *help_page;
  GtkWidget            *contacts_page;
};

void hearth_window_show_page      (HearthWindow *self,
                                   const char   *name);
void hearth_window_show_toast     (HearthWindow *self,
                                   const char   *message);
void hearth_window_build_pages    (HearthWindow *self);
void hearth_window_ensure_help_pages (HearthWindow *self);
void hearth_window_back_to_module (HearthWindow *self);

G_END_DECLS
