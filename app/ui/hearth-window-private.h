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
  GSettings            *settings;     /* NULL when the schema is not installed */

  /* template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkButton            *back_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *help_button;
  AdwButtonContent     *help_button_content;
  GtkWidget            *quick_exit_button;
  AdwButtonContent     *quick_exit_content;
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
  GtkWidget            *survey_page;
  GtkWidget            *pin_page;
  GtkWidget            *trainer_page;  /* only while in trainer mode */

  /* the lesson to open once the 'before' survey is answered or skipped */
  guint                 survey_lesson;
  guint                 survey_step;
};

void hearth_window_show_page      (HearthWindow *self,
                                   const char   *name);
void hearth_window_show_toast     (HearthWindow *self,
                                   const char   *message);
void hearth_window_build_pages    (HearthWindow *self);
void hearth_window_ensure_help_pages (HearthWindow *self);
void hearth_window_back_to_module (HearthWindow *self);

/* hearth-window-survey.c */
void     hearth_window_build_survey_page (HearthWindow *self);
gboolean hearth_window_ask_survey_before (HearthWindow *self,
                                          HearthModule *module,
                                          guint         lesson_index,
                                          guint         step);
void     hearth_window_quiz_done         (HearthWindow *self);

/* hearth-window-profiles.c */
void     hearth_window_build_pin_page    (HearthWindow  *self);
gboolean hearth_window_ask_pin           (HearthWindow  *self,
                                          HearthLearner *learner);
void     hearth_window_leave_pin_page    (HearthWindow  *self);
void     hearth_window_sign_in           (HearthWindow  *self,
                                          HearthLearner *learner);
void     hearth_window_sign_out          (HearthWindow  *self);
void     hearth_window_update_profile_actions (HearthWindow *self);
void     hearth_window_my_pin_action     (GtkWidget     *widget,
                                          const char    *action_name,
                                          GVariant      *parameter);
void     hearth_window_remove_pin_action (GtkWidget     *widget,
                                          const char    *action_name,
                                          GVariant      *parameter);

/* hearth-window-trainer.c */
void     hearth_window_open_trainer      (HearthWindow  *self);
void     hearth_window_close_trainer     (HearthWindow  *self);
void     hearth_window_trainer_back      (HearthWindow  *self);
void     hearth_window_rebuild_trainer   (HearthWindow  *self);

/* hearth-window-quick-exit.c */
void     hearth_window_init_quick_exit      (HearthWindow *self);
void     hearth_window_translate_quick_exit (HearthWindow *self);
void     hearth_window_keep_toast           (HearthWindow *self,
                                             AdwToast     *toast);
void     hearth_window_quick_exit_action    (GtkWidget    *widget,
                                             const char   *action_name,
                                             GVariant     *parameter);

G_END_DECLS
