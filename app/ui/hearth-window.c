/* hearth-window.c: the main window
 *
 * The window owns the pages (learner picker, "Add me", home, module, lesson,
 * quiz) and moves between them. The pages are built in the current language;
 * when the language changes they are built again and put back at the same
 * place (same lesson step, same quiz question), because a GtkBuilder
 * template is translated once, when it is built.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-add-learner-page.h"
#include "hearth-help-page.h"
#include "hearth-home-page.h"
#include "hearth-language.h"
#include "hearth-learner-picker.h"
#include "hearth-lesson-view.h"
#include "hearth-manual.h"
#include "hearth-module-page.h"
#include "hearth-policies-page.h"
#include "hearth-quiz-view.h"
#include "hearth-settings.h"
#include "hearth-window-private.h"
#include "hearth-window-state.h"


G_DEFINE_FINAL_TYPE (HearthWindow, hearth_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
hearth_window_show_toast (HearthWindow *self,
            const char   *message)
{
  AdwToast *toast = adw_toast_new (message);

  /* Kept, so that a quick exit can take it away. */
  hearth_window_keep_toast (self, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
hearth_window_show_page (HearthWindow *self,
           const char   *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->stack, name);
  HearthLearner *learner = hearth_context_get_learner (self->context);

  gboolean getting_help = g_strcmp0 (name, "help") == 0;
  gboolean training = g_strcmp0 (name, "trainer") == 0;

  /* Anywhere else, trainer mode is over: nothing of it stays in the window. */
  if (!training)
    hearth_window_close_trainer (self);

  gtk_stack_set_visible_child (self->stack, page);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          getting_help || (g_strcmp0 (name, "picker") != 0 && g_strcmp0 (name, "error") != 0));
  gtk_widget_set_visible (self->help_button, !getting_help && !training);
  adw_window_title_set_subtitle (self->window_title,
                                 learner != NULL && g_strcmp0 (name, "picker") != 0
                                 ? hearth_learner_get_display_name (learner) : NULL);

  /* Keyboard users start on the new page, not on a widget that has gone.
   * Before the window is on screen nothing can take focus: map() does it. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (page);
}

/* Actions */

static void
go_back (HearthWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "trainer") == 0)
    hearth_window_trainer_back (self);
  else if (g_strcmp0 (page, "help") == 0)
    hearth_window_show_page (self, self->return_page != NULL ? self->return_page : "picker");
  else if (g_strcmp0 (page, "policy-builder") == 0)
    {
      hearth_policies_page_reload (HEARTH_POLICIES_PAGE (self->policies_page));
      hearth_window_show_page (self, "policies");
    }
  else if (g_strcmp0 (page, "policies") == 0)
    {
      hearth_home_page_refresh (HEARTH_HOME_PAGE (self->home));
      hearth_window_show_page (self, "home");
    }
  else if (g_strcmp0 (page, "lesson") == 0 || g_strcmp0 (page, "quiz") == 0 || g_strcmp0 (page, "survey") == 0)
    hearth_window_back_to_module (self);
  else if (g_strcmp0 (page, "module") == 0)
    {
      hearth_home_page_refresh (HEARTH_HOME_PAGE (self->home));
      hearth_window_show_page (self, "home");
    }
  else if (g_strcmp0 (page, "home") == 0)
    hearth_window_sign_out (self);
  else if (g_strcmp0 (page, "pin") == 0)
    hearth_window_leave_pin_page (self);
  else if (g_strcmp0 (page, "add-learner") == 0)
    {
      hearth_context_set_learner (self->context, NULL);
      hearth_learner_picker_reload (HEARTH_LEARNER_PICKER (self->picker));
      hearth_window_show_page (self, "picker");
    }
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  go_back (HEARTH_WINDOW (widget));
}

/* Remembers the page to come back to, unless already getting help. */
static void
remember_return_page (HearthWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);

  if (g_strcmp0 (page, "help") != 0)
    {
      g_free (self->return_page);
      self->return_page = g_strdup (page);
    }
}

static void
policies_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (hearth_context_get_learner (self->context) == NULL)
    return;

  hearth_policies_page_reload (HEARTH_POLICIES_PAGE (self->policies_page));
  hearth_window_show_page (self, "policies");
}

static void
help_now_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  remember_return_page (self);
  hearth_window_ensure_help_pages (self);
  hearth_help_page_refresh (HEARTH_HELP_PAGE (self->help_page));
  hearth_window_show_page (self, "help");
}

static void
switch_learner_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (hearth_context_get_store (self->context) == NULL)
    return;

  hearth_window_sign_out (self);
}

static void
manual_shown_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(HearthWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!hearth_manual_show_finish (GTK_WINDOW (source), result, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Hearth cannot open its help pages on this computer (%s)."),
                                                  error->message);

      hearth_window_show_toast (self, message);
    }
}

/* F1 and "Help" in the menu: the manual, at the page for this screen. */
static void
manual_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  hearth_manual_show_async (GTK_WINDOW (self), hearth_window_get_manual_page (self),
                            hearth_context_get_language (self->context),
                            NULL, manual_shown_cb, g_object_ref (self));
}

/* Language */

static void
build_menu (HearthWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) languages = g_menu_new ();
  g_autoptr(GMenu) learner_section = g_menu_new ();
  g_autoptr(GMenu) app_section = g_menu_new ();
  const HearthLanguage *all;
  guint n_languages;

  all = hearth_language_get_all (&n_languages);
  for (guint i = 0; i < n_languages; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (all[i].native_name, NULL);

      g_menu_item_set_action_and_target (item, "win.language", "s", all[i].code);
      g_menu_append_item (languages, item);
    }

  g_menu_append_submenu (learner_section, _("_Language"), G_MENU_MODEL (languages));
  g_menu_append (learner_section, _("_Switch Learner"), "win.switch-learner");
  g_menu_append (learner_section, _("My _PIN"), "win.my-pin");
  g_menu_append (app_section, _("_Help"), "win.manual");
  g_menu_append (app_section, _("_About Hearth"), "app.about");
  g_menu_append (app_section, _("_Quit"), "app.quit");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (learner_section));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (app_section));

  gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (menu));
}

/* Strings of the window's own template, which is built only once. */
static void
translate_chrome (HearthWindow *self)
{
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->back_button), _("Back"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->back_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back"), -1);
  adw_button_content_set_label (self->help_button_content, _("Get _Help"));
  gtk_widget_set_tooltip_text (self->help_button, _("Who to contact, and when"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->help_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Get Help Now"), -1);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->menu_button), _("Main Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  hearth_window_translate_quick_exit (self);
  build_menu (self);
}

static void
apply_direction (HearthWindow *self)
{
  const HearthLanguage *language = hearth_language_lookup (hearth_context_get_language (self->context));
  g_autofree char *css_class = g_strdup_printf ("language-%s", language->code);

  gtk_widget_set_default_direction (language->right_to_left ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);

  if (self->language_class != NULL)
    gtk_widget_remove_css_class (GTK_WIDGET (self), self->language_class);
  gtk_widget_add_css_class (GTK_WIDGET (self), css_class);
  g_free (self->language_class);
  self->language_class = g_steal_pointer (&css_class);
}

static gboolean
rebuild_cb (gpointer user_data)
{
  HearthWindow *self = user_data;

  self->rebuild_source = 0;
  translate_chrome (self);
  if (self->picker != NULL)
    hearth_window_build_pages (self);

  return G_SOURCE_REMOVE;
}

static void
language_changed_cb (HearthWindow *self)
{
  apply_direction (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);

  /* Rebuilt from the main loop: the change may come from a click on a page
   * about to be replaced. */
  if (self->rebuild_source == 0)
    self->rebuild_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

static void
show_store_error (HearthWindow *self,
                  const GError *error)
{
  GtkWidget *status = adw_status_page_new ();
  AdwMessageDialog *dialog;

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-error-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Hearth Cannot Save Progress"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), error->message);
  gtk_stack_add_named (self->stack, status, "error");
  hearth_window_show_page (self, "error");

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Hearth Cannot Save Progress"),
                                                       error->message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
hearth_window_constructed (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);
  GPtrArray *problems = hearth_course_get_problems (hearth_context_get_course (self->context));

  G_OBJECT_CLASS (hearth_window_parent_class)->constructed (object);

  self->settings = hearth_settings_new ();
  if (self->settings != NULL)
    hearth_window_state_restore (GTK_WINDOW (self), self->settings);

  if (g_strcmp0 (PROFILE, "development") == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  hearth_apply_ui_language (hearth_context_get_language (self->context));
  apply_direction (self);
  translate_chrome (self);
  hearth_window_init_quick_exit (self);
  g_signal_connect_object (self->context, "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);

  hearth_window_build_pages (self);

  /* Without a profile nothing can be saved: say so, and where. "Get help
   * now" still works. */
  if (hearth_context_get_store (self->context) == NULL)
    {
      show_store_error (self, hearth_context_get_store_error (self->context));
      return;
    }

  if (problems->len > 0)
    hearth_window_show_toast (self, _("Some lessons could not be loaded. Ask your trainer to run “hearth --check-content”."));
}

/* For the start-up benchmark (tests/bench-startup.py): the moment the first
 * frame is on screen, on the same clock the benchmark started Hearth by. */
static void
first_frame_cb (GdkFrameClock *clock,
                HearthWindow  *self)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, self);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self))));
}

static void
hearth_window_map (GtkWidget *widget)
{
  HearthWindow *self = HEARTH_WINDOW (widget);
  GtkWidget *page;

  GTK_WIDGET_CLASS (hearth_window_parent_class)->map (widget);

  if (g_getenv ("HEARTH_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (gtk_widget_get_frame_clock (widget), "after-paint",
                      G_CALLBACK (first_frame_cb), self);

  /* The first Enter a learner presses acts on the page, not on the menu. */
  page = gtk_stack_get_visible_child (self->stack);
  if (page != NULL)
    gtk_widget_grab_focus (page);
}

/* Closing the window and quitting both come through here. */
static void
hearth_window_unrealize (GtkWidget *widget)
{
  HearthWindow *self = HEARTH_WINDOW (widget);

  if (self->settings != NULL)
    hearth_window_state_save (GTK_WINDOW (self), self->settings);

  GTK_WIDGET_CLASS (hearth_window_parent_class)->unrealize (widget);
}

static void
hearth_window_dispose (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_handle_id (&self->rebuild_source, g_source_remove);

  G_OBJECT_CLASS (hearth_window_parent_class)->dispose (object);
}

static void
hearth_window_finalize (GObject *object)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_free (self->language_class);
  g_free (self->return_page);

  G_OBJECT_CLASS (hearth_window_parent_class)->finalize (object);
}

static void
hearth_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_LANGUAGE:
      g_value_set_string (value, hearth_context_get_language (self->context));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HearthWindow *self = HEARTH_WINDOW (object);
  g_autoptr(GError) error = NULL;

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_LANGUAGE:
      if (!hearth_context_set_language (self->context, g_value_get_string (value), &error))
        hearth_window_show_toast (self, error->message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hearth_window_class_init (HearthWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = hearth_window_constructed;
  object_class->dispose = hearth_window_dispose;
  object_class->finalize = hearth_window_finalize;
  object_class->get_property = hearth_window_get_property;
  object_class->set_property = hearth_window_set_property;
  widget_class->map = hearth_window_map;
  widget_class->unrealize = hearth_window_unrealize;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, HEARTH_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /* The menu's language items are radio items bound to this. */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-window.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, help_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, help_button_content);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, quick_exit_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, quick_exit_content);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, HearthWindow, stack);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.switch-learner", NULL, switch_learner_action);
  gtk_widget_class_install_action (widget_class, "win.my-pin", NULL, hearth_window_my_pin_action);
  gtk_widget_class_install_action (widget_class, "win.remove-pin", NULL, hearth_window_remove_pin_action);
  gtk_widget_class_install_action (widget_class, "win.help-now", NULL, help_now_action);
  gtk_widget_class_install_action (widget_class, "win.policies", NULL, policies_action);
  gtk_widget_class_install_action (widget_class, "win.manual", NULL, manual_action);
  gtk_widget_class_install_action (widget_class, "win.quick-exit", NULL, hearth_window_quick_exit_action);
  gtk_widget_class_install_property_action (widget_class, "win.language", "language");
}

static void
hearth_window_init (HearthWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

HearthWindow *
hearth_window_new (HearthApplication *application,
                   HearthContext     *context)
{
  return g_object_new (HEARTH_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

HearthContext *
hearth_window_get_context (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  return self->context;
}

const char *
hearth_window_get_page_name (HearthWindow *self)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

/* The manual's page for the screen on show, the index for one it has no page for. */
const char *
hearth_window_get_manual_page (HearthWindow *self)
{
  const char *page;

  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);

  page = hearth_manual_page_for_screen (gtk_stack_get_visible_child_name (self->stack));
  return page != NULL ? page : "index";
}

/* For tests: the page of that name, as the user sees it now. */
GtkWidget *
hearth_window_get_page (HearthWindow *self,
                        const char   *name)
{
  g_return_val_if_fail (HEARTH_IS_WINDOW (self), NULL);
  return gtk_stack_get_child_by_name (self->stack, name);
}
