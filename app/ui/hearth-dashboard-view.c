/* hearth-dashboard-view.c: how the learners are doing, for the trainer
 *
 * For one workshop, or every learner: how many there are and how far they
 * have got on average; for each topic, how many started and finished it,
 * the average quiz score and how sure they feel before and after (as
 * numbers and as a chart); and, on the second tab, each learner by name.
 * The anonymised report for funders is saved from here too.
 *
 * Everything comes from hearth_dashboard_load(), so the numbers are those
 * the report writes. The learners' list is a GtkListView: it makes rows
 * only for the learners on screen, which keeps "All learners" quick on a
 * laptop that has taught thousands.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "hearth-i18n.h"

#include "hearth-confidence-chart.h"
#include "hearth-dashboard-view.h"
#include "hearth-dashboard.h"
#include "hearth-report.h"
#include "hearth-trainer-util.h"
#include "hearth-ui-util.h"

struct _HearthDashboardView
{
  GtkWidget        parent_instance;

  HearthContext   *context;
  HearthDashboard *dashboard;
  GArray          *workshop_ids;  /* gint64 per choice: 0 for every learner */
  GtkStringList   *learner_names; /* the learners' list's model */
  GtkFileChooserNative *chooser;

  GtkDropDown     *workshop_choice;
  GtkLabel        *count_label;
  GtkLabel        *average_label;
  GtkListBox      *modules_list;
  HearthConfidenceChart *chart;
  GtkStack        *learners_stack;
  GtkListView     *learners_view;
};

G_DEFINE_FINAL_TYPE (HearthDashboardView, hearth_dashboard_view, GTK_TYPE_WIDGET)

static GtkWidget *
make_label (const char *text,
            const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The module's title in the interface's language. */
static char *
module_title (HearthDashboardView *self,
              const char          *module_id)
{
  HearthModule *module = hearth_course_find_module (hearth_context_get_course (self->context), module_id);

  if (module == NULL)
    return g_strdup (module_id);
  return hearth_display_text (module->title, hearth_context_get_language (self->context));
}

static char *
confidence_text (double value,
                 guint  answers)
{
  g_autofree char *number = NULL;

  if (isnan (value))
    return g_strdup (_("no answers yet"));

  number = g_strdup_printf ("%.1f", value);
  /* Translators: %s is an average such as 2.5, %u how many learners answered */
  return g_strdup_printf (ngettext ("%s, from %u learner", "%s, from %u learners", answers), number, answers);
}

static GtkWidget *
make_module_row (HearthDashboardView         *self,
                 const HearthDashboardModule *module)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  g_autofree char *title = module_title (self, module->module_id);
  g_autofree char *counts = NULL;
  g_autofree char *quiz = NULL;
  g_autofree char *before = confidence_text (module->mean_confidence_before, module->answered_before);
  g_autofree char *after = confidence_text (module->mean_confidence_after, module->answered_after);
  g_autofree char *before_line = NULL;
  g_autofree char *after_line = NULL;

  /* Translators: how many learners started a topic, and how many finished it */
  counts = g_strdup_printf (_("Started: %u. Finished: %u."), module->started, module->completed);
  if (module->quiz_takers == 0)
    quiz = g_strdup (_("Quiz: nobody has finished it yet."));
  else
    {
      g_autofree char *percent = g_strdup_printf ("%.0f", module->mean_quiz_percent);

      /* Translators: %s%% is an average score such as 65%, %u how many learners finished the quiz */
      quiz = g_strdup_printf (ngettext ("Quiz: %s%% on average, for %u learner.",
                                        "Quiz: %s%% on average, for %u learners.", module->quiz_takers),
                              percent, module->quiz_takers);
    }
  /* Translators: %s is an average with how many answered, such as "2.5, from 4 learners" */
  before_line = g_strdup_printf (_("Feeling sure before: %s."), before);
  /* Translators: %s is an average with how many answered, such as "2.5, from 4 learners" */
  after_line = g_strdup_printf (_("Feeling sure after: %s."), after);

  gtk_box_append (GTK_BOX (box), make_label (title, "title-4"));
  gtk_box_append (GTK_BOX (box), make_label (counts, NULL));
  gtk_box_append (GTK_BOX (box), make_label (quiz, NULL));
  gtk_box_append (GTK_BOX (box), make_label (before_line, NULL));
  gtk_box_append (GTK_BOX (box), make_label (after_line, NULL));
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

/* One line of a learner's row: the topic, how far she got, her best quiz. */
static char *
learner_module_text (HearthDashboardView *self,
                     const HearthOutcome *outcome)
{
  g_autofree char *title = module_title (self, outcome->module_id);
  const char *status = outcome->completed ? _("finished") : outcome->started ? _("started") : _("not started");
  g_autofree char *result = NULL;

  if (outcome->quiz_score >= 0)
    /* Translators: %1$s is "finished", "started" or "not started"; then her best quiz score */
    result = g_strdup_printf (_("%1$s, quiz %2$d of %3$d"), status, outcome->quiz_score, outcome->quiz_total);
  else
    result = g_strdup (status);

  /* Translators: %1$s is a topic's name, %2$s how far she got in it */
  return g_strdup_printf (_("%1$s: %2$s"), title, result);
}

static void
show_dashboard (HearthDashboardView *self)
{
  HearthDashboard *dashboard = self->dashboard;
  guint n_learners = dashboard != NULL ? dashboard->learners->len : 0;
  guint n_modules = dashboard != NULL ? dashboard->n_modules : 0;
  g_autofree char *count = NULL;
  g_autofree char *average = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->modules_list))) != NULL)
    gtk_list_box_remove (self->modules_list, child);
  hearth_confidence_chart_clear (self->chart);

  if (n_learners == 0)
    count = g_strdup (_("No learners here yet"));
  else
    count = g_strdup_printf (ngettext ("%u learner", "%u learners", n_learners), n_learners);
  gtk_label_set_text (self->count_label, count);

  if (n_learners > 0)
    {
      g_autofree char *started = g_strdup_printf ("%.1f", dashboard->mean_modules_started);
      g_autofree char *completed = g_strdup_printf ("%.1f", dashboard->mean_modules_completed);

      /* Translators: %1$s and %2$s are averages such as 2.5; %3$u is how many topics the course has */
      average = g_strdup_printf (ngettext ("On average, each learner has started %1$s and finished %2$s "
                                           "of the %3$u topic.",
                                           "On average, each learner has started %1$s and finished %2$s "
                                           "of the %3$u topics.", n_modules),
                                 started, completed, n_modules);
    }
  gtk_label_set_text (self->average_label, average != NULL ? average : "");
  gtk_widget_set_visible (GTK_WIDGET (self->average_label), average != NULL);

  for (guint i = 0; i < n_modules; i++)
    {
      HearthDashboardModule *module = &dashboard->modules[i];
      g_autofree char *title = module_title (self, module->module_id);

      gtk_list_box_append (self->modules_list, make_module_row (self, module));
      hearth_confidence_chart_add_module (self->chart, title, module->mean_confidence_before,
                                          module->mean_confidence_after);
    }

  /* The list view's model: one name per learner, looked up by position. */
  {
    g_autoptr(GPtrArray) names = g_ptr_array_new ();

    for (guint i = 0; i < n_learners; i++)
      g_ptr_array_add (names, (char *) ((HearthDashboardLearner *) g_ptr_array_index (dashboard->learners, i))->display_name);
    g_ptr_array_add (names, NULL);
    gtk_string_list_splice (self->learner_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->learner_names)),
                            (const char * const *) names->pdata);
  }
  gtk_stack_set_visible_child_name (self->learners_stack, n_learners > 0 ? "list" : "empty");
}

static void
load_dashboard (HearthDashboardView *self)
{
  HearthStore *store = hearth_context_get_store (self->context);
  g_autoptr(GError) error = NULL;

  /* The rows point into the dashboard: empty the list first. */
  gtk_string_list_splice (self->learner_names, 0, g_list_model_get_n_items (G_LIST_MODEL (self->learner_names)), NULL);
  g_clear_pointer (&self->dashboard, hearth_dashboard_free);

  if (store != NULL)
    self->dashboard = hearth_dashboard_load (store, hearth_context_get_course (self->context),
                                             hearth_dashboard_view_get_workshop (self), &error);
  if (error != NULL)
    hearth_trainer_tell (GTK_WIDGET (self), _("The Results Could Not Be Read"), error->message);

  show_dashboard (self);
}

/* Signal callbacks */

static void
workshop_chosen_cb (HearthDashboardView *self)
{
  load_dashboard (self);
}

/* Two labels a row, her name and the rest, each line of it a topic: the
 * list keeps up to a few hundred rows made, and fewer labels keep a long
 * list quick to show. */
static void
learner_setup_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  HearthDashboardView      *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  gtk_box_append (GTK_BOX (box), make_label (NULL, "title-4"));
  gtk_box_append (GTK_BOX (box), make_label (NULL, NULL));
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_list_item_set_child (item, box);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
learner_bind_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 HearthDashboardView      *self)
{
  GtkWidget *name = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *details = gtk_widget_get_next_sibling (name);
  guint position = gtk_list_item_get_position (item);
  g_autoptr(GString) text = g_string_new (NULL);
  HearthDashboardLearner *learner;

  if (self->dashboard == NULL || position >= self->dashboard->learners->len)
    return;

  learner = g_ptr_array_index (self->dashboard->learners, position);
  g_string_append_printf (text,
                          /* Translators: %1$u and %3$u are counts of topics, %2$u how many the course has */
                          ngettext ("Started %1$u of %2$u topic, finished %3$u.",
                                    "Started %1$u of %2$u topics, finished %3$u.", self->dashboard->n_modules),
                          learner->modules_started, self->dashboard->n_modules, learner->modules_completed);
  for (guint i = 0; i < self->dashboard->n_modules; i++)
    if (learner->modules[i] != NULL)
      {
        g_autofree char *line = learner_module_text (self, learner->modules[i]);

        g_string_append_printf (text, "\n%s", line);
      }

  gtk_label_set_text (GTK_LABEL (name), learner->display_name);
  gtk_label_set_text (GTK_LABEL (details), text->str);
}

static void
export_response_cb (GtkNativeDialog     *chooser,
                    int                  response,
                    HearthDashboardView *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    hearth_dashboard_view_export_to (self, file);
}

/* Actions */

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  HearthDashboardView *self = HEARTH_DASHBOARD_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "hearth-report-%Y-%m-%d.csv");

  if (self->chooser != NULL)
    return;

  self->chooser = gtk_file_chooser_native_new (_("Save the Report for Funders"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* GObject and GtkWidget vfuncs */

static void
hearth_dashboard_view_dispose (GObject *object)
{
  HearthDashboardView *self = HEARTH_DASHBOARD_VIEW (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_DASHBOARD_VIEW);
  g_clear_object (&self->learner_names);
  g_clear_pointer (&self->dashboard, hearth_dashboard_free);
  g_clear_pointer (&self->workshop_ids, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_dashboard_view_parent_class)->dispose (object);
}

static void
hearth_dashboard_view_class_init (HearthDashboardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_dashboard_view_dispose;

  g_type_ensure (HEARTH_TYPE_CONFIDENCE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/hearthapp/Hearth/ui/hearth-dashboard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, workshop_choice);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, count_label);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, average_label);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, modules_list);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, chart);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, learners_stack);
  gtk_widget_class_bind_template_child (widget_class, HearthDashboardView, learners_view);
  gtk_widget_class_install_action (widget_class, "dashboard.export", NULL, export_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_dashboard_view_init (HearthDashboardView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  self->workshop_ids = g_array_new (FALSE, TRUE, sizeof (gint64));
  self->learner_names = gtk_string_list_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (learner_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (learner_bind_cb), self);
  gtk_list_view_set_factory (self->learners_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->learners_view,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->learner_names)))));
  hearth_trainer_drop_down_init (self->workshop_choice);
  g_signal_connect_swapped (self->workshop_choice, "notify::selected", G_CALLBACK (workshop_chosen_cb), self);
}

/* Public functions */

GtkWidget *
hearth_dashboard_view_new (HearthContext *context)
{
  HearthDashboardView *self = g_object_new (HEARTH_TYPE_DASHBOARD_VIEW, NULL);

  self->context = g_object_ref (context);
  hearth_dashboard_view_reload (self);
  return GTK_WIDGET (self);
}

/* Reads the workshops and the results again, keeping the workshop shown
 * if it is still there. */
void
hearth_dashboard_view_reload (HearthDashboardView *self)
{
  HearthStore *store;
  g_autoptr(GPtrArray) workshops = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 shown;
  guint selected = 0;

  g_return_if_fail (HEARTH_IS_DASHBOARD_VIEW (self));

  store = hearth_context_get_store (self->context);
  shown = hearth_dashboard_view_get_workshop (self);
  workshops = store != NULL ? hearth_store_list_workshops (store, NULL) : NULL;

  g_array_set_size (self->workshop_ids, 0);
  gtk_string_list_append (names, _("All learners"));
  g_array_append_val (self->workshop_ids, (gint64) { 0 });
  for (guint i = 0; workshops != NULL && i < workshops->len; i++)
    {
      HearthWorkshop *workshop = g_ptr_array_index (workshops, i);

      gtk_string_list_append (names, workshop->name);
      g_array_append_val (self->workshop_ids, workshop->id);
      if (workshop->id == shown)
        selected = i + 1;
    }

  g_signal_handlers_block_by_func (self->workshop_choice, workshop_chosen_cb, self);
  gtk_drop_down_set_model (self->workshop_choice, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->workshop_choice, selected);
  g_signal_handlers_unblock_by_func (self->workshop_choice, workshop_chosen_cb, self);

  load_dashboard (self);
}

/* The workshop shown, 0 for every learner. */
gint64
hearth_dashboard_view_get_workshop (HearthDashboardView *self)
{
  guint selected;

  g_return_val_if_fail (HEARTH_IS_DASHBOARD_VIEW (self), 0);

  selected = gtk_drop_down_get_selected (self->workshop_choice);
  if (selected == GTK_INVALID_LIST_POSITION || selected >= self->workshop_ids->len)
    return 0;
  return g_array_index (self->workshop_ids, gint64, selected);
}

/* Shows one workshop's learners, or with 0 every learner. */
void
hearth_dashboard_view_set_workshop (HearthDashboardView *self,
                                    gint64               workshop_id)
{
  g_return_if_fail (HEARTH_IS_DASHBOARD_VIEW (self));

  for (guint i = 0; i < self->workshop_ids->len; i++)
    if (g_array_index (self->workshop_ids, gint64, i) == workshop_id)
      {
        gtk_drop_down_set_selected (self->workshop_choice, i);
        return;
      }
}

/* Writes the anonymised report of the learners shown, read afresh, and
 * tells the trainer how it went. */
gboolean
hearth_dashboard_view_export_to (HearthDashboardView *self,
                                 GFile               *file)
{
  HearthStore *store;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *where = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (HEARTH_IS_DASHBOARD_VIEW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  store = hearth_context_get_store (self->context);
  where = g_file_get_parse_name (file);
  if (store != NULL)
    outcomes = hearth_outcomes_load (store, hearth_context_get_course (self->context),
                                     hearth_dashboard_view_get_workshop (self), &error);
  if (outcomes == NULL || !hearth_report_write_csv (outcomes, file, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Report Was Not Saved"),
                           error != NULL ? error->message : _("Hearth has no profile to read."));
      return FALSE;
    }

  /* Translators: %s is where the report was saved */
  message = g_strdup_printf (_("The report is saved in “%s”. It has no names in it."), where);
  hearth_trainer_toast (GTK_WIDGET (self), message);
  return TRUE;
}
