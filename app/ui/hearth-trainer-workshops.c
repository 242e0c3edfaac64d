/* hearth-trainer-workshops.c: the trainer's workshops, and who is in each
 *
 * Two lists: the workshops, each with its date, place and the names of its
 * learners; and every learner, with the workshop she is in (chosen from a
 * drop-down), a button to remove her PIN when she has one (for a learner
 * who forgot it: she then signs in without one and chooses a new one), and
 * a button to erase her from this computer. Anything that cannot be undone
 * is asked about first.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-i18n.h"

#include "hearth-trainer-util.h"
#include "hearth-trainer-workshops.h"
#include "hearth-ui-util.h"
#include "hearth-workshop-form.h"

struct _HearthTrainerWorkshops
{
  GtkWidget      parent_instance;

  HearthContext *context;
  GPtrArray     *workshops;  /* HearthWorkshop, as listed */
  GPtrArray     *learners;   /* HearthLearner, as listed */
  GtkWidget     *form;

  GtkListBox    *workshops_list;
  GtkWidget     *no_workshops_label;
  GtkBox        *form_slot;
  GtkListBox    *learners_list;
  GtkWidget     *no_learners_label;
};

G_DEFINE_FINAL_TYPE (HearthTrainerWorkshops, hearth_trainer_workshops, GTK_TYPE_WIDGET)

enum {
  LEARNERS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void reload_workshop_rows (HearthTrainerWorkshops *self);

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

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

static GtkWidget *
make_row (GtkWidget *content)
{
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_widget_set_margin_top (content, 10);
  gtk_widget_set_margin_bottom (content, 10);
  gtk_widget_set_margin_start (content, 12);
  gtk_widget_set_margin_end (content, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), content);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static gint64 *
id_copy (gint64 id)
{
  return g_memdup2 (&id, sizeof id);
}

static HearthStore *
get_store (HearthTrainerWorkshops *self)
{
  return hearth_context_get_store (self->context);
}

/* "Amina, Bina, Chandra", or a sentence when nobody is in it. */
static char *
member_names (HearthTrainerWorkshops *self,
              gint64                  workshop_id)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->learners->len; i++)
    {
      HearthLearner *learner = g_ptr_array_index (self->learners, i);

      if (hearth_learner_get_workshop_id (learner) != workshop_id)
        continue;
      if (names->len > 0)
        /* Translators: between the names of the learners of a workshop */
        g_string_append (names, _(", "));
      g_string_append (names, hearth_learner_get_display_name (learner));
    }

  if (names->len == 0)
    return g_strdup (_("Nobody is in it yet."));
  /* Translators: %s is a list of names */
  return g_strdup_printf (_("In it: %s"), names->str);
}

/* Signal callbacks: workshops */

static void
edit_workshop_clicked_cb (GtkButton              *button,
                          HearthTrainerWorkshops *self)
{
  hearth_workshop_form_edit (HEARTH_WORKSHOP_FORM (self->form), g_object_get_data (G_OBJECT (button), "workshop"));
  gtk_widget_grab_focus (self->form);
}

static void
delete_workshop_confirmed (GObject  *object,
                           gpointer  data)
{
  HearthTrainerWorkshops *self = HEARTH_TRAINER_WORKSHOPS (object);
  g_autoptr(GError) error = NULL;

  if (!hearth_store_delete_workshop (get_store (self), *(gint64 *) data, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Workshop Was Not Deleted"), error->message);
      return;
    }

  if (hearth_workshop_form_get_editing (HEARTH_WORKSHOP_FORM (self->form)) == *(gint64 *) data)
    hearth_workshop_form_edit (HEARTH_WORKSHOP_FORM (self->form), NULL);
  hearth_trainer_workshops_reload (self);
  hearth_trainer_toast (GTK_WIDGET (self), _("The workshop is deleted. Its learners are still here."));
}

static void
delete_workshop_clicked_cb (GtkButton              *button,
                            HearthTrainerWorkshops *self)
{
  HearthWorkshop *workshop = g_object_get_data (G_OBJECT (button), "workshop");
  /* Translators: %s is the name of a workshop */
  g_autofree char *heading = g_strdup_printf (_("Delete the Workshop “%s”?"), workshop->name);

  hearth_trainer_confirm (GTK_WIDGET (self), heading,
                          _("Its learners stay on this computer with all they have done. "
                            "They will be in no workshop."),
                          _("_Delete Workshop"), delete_workshop_confirmed, G_OBJECT (self),
                          id_copy (workshop->id), g_free);
}

static void
workshop_saved_cb (HearthWorkshopForm     *form,
                   gint64                  id,
                   HearthTrainerWorkshops *self)
{
  hearth_trainer_workshops_reload (self);
  hearth_trainer_toast (GTK_WIDGET (self), _("The workshop is saved."));
}

/* Signal callbacks: learners */

/* Where a workshop is in the learners' drop-downs: after "No workshop". */
static guint
workshop_position (HearthTrainerWorkshops *self,
                   gint64                  workshop_id)
{
  for (guint i = 0; i < self->workshops->len; i++)
    if (((HearthWorkshop *) g_ptr_array_index (self->workshops, i))->id == workshop_id)
      return i + 1;
  return 0;
}

static void
learner_workshop_chosen_cb (GtkDropDown            *choice,
                            GParamSpec             *pspec,
                            HearthTrainerWorkshops *self)
{
  HearthLearner *learner = g_object_get_data (G_OBJECT (choice), "learner");
  guint chosen = gtk_drop_down_get_selected (choice);
  HearthWorkshop *workshop = chosen > 0 && chosen <= self->workshops->len
                             ? g_ptr_array_index (self->workshops, chosen - 1) : NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (chosen == GTK_INVALID_LIST_POSITION)
    return;

  if (!hearth_store_set_learner_workshop (get_store (self), hearth_learner_get_id (learner),
                                          workshop != NULL ? workshop->id : 0, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Learner Was Not Moved"), error->message);
      /* Show where she still is; the lists are read again when the tab is
       * next shown (not now: this drop-down is in them). */
      g_signal_handlers_block_by_func (choice, learner_workshop_chosen_cb, self);
      gtk_drop_down_set_selected (choice, workshop_position (self, hearth_learner_get_workshop_id (learner)));
      g_signal_handlers_unblock_by_func (choice, learner_workshop_chosen_cb, self);
      return;
    }

  hearth_learner_set_workshop_id (learner, workshop != NULL ? workshop->id : 0);
  reload_workshop_rows (self);
  if (workshop != NULL)
    /* Translators: %1$s is a learner's name, %2$s a workshop's */
    message = g_strdup_printf (_("%1$s is now in “%2$s”."), hearth_learner_get_display_name (learner),
                               workshop->name);
  else
    /* Translators: %s is a learner's name */
    message = g_strdup_printf (_("%s is now in no workshop."), hearth_learner_get_display_name (learner));
  hearth_trainer_toast (GTK_WIDGET (self), message);
}

static void
delete_learner_confirmed (GObject  *object,
                          gpointer  data)
{
  HearthTrainerWorkshops *self = HEARTH_TRAINER_WORKSHOPS (object);
  g_autoptr(GError) error = NULL;

  if (!hearth_store_delete_learner (get_store (self), *(gint64 *) data, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The Learner Was Not Erased"), error->message);
      return;
    }

  hearth_trainer_workshops_reload (self);
  g_signal_emit (self, signals[LEARNERS_CHANGED], 0);
  hearth_trainer_toast (GTK_WIDGET (self), _("Everything of hers is erased from this computer."));
}

static void
delete_learner_clicked_cb (GtkButton              *button,
                           HearthTrainerWorkshops *self)
{
  HearthLearner *learner = g_object_get_data (G_OBJECT (button), "learner");
  /* Translators: %s is a learner's name */
  g_autofree char *heading = g_strdup_printf (_("Erase %s?"), hearth_learner_get_display_name (learner));

  hearth_trainer_confirm (GTK_WIDGET (self), heading,
                          _("Everything of hers will be erased from this computer: her progress, her quiz "
                            "answers, her survey answers and her family agreements. This cannot be undone."),
                          _("_Erase Everything"), delete_learner_confirmed, G_OBJECT (self),
                          id_copy (hearth_learner_get_id (learner)), g_free);
}

static void
remove_pin_confirmed (GObject  *object,
                      gpointer  data)
{
  HearthTrainerWorkshops *self = HEARTH_TRAINER_WORKSHOPS (object);
  HearthLearner *learner = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  /* Also frees all her tries, and ends any wait from wrong ones. */
  if (!hearth_store_set_learner_pin (get_store (self), hearth_learner_get_id (learner), NULL, &error))
    {
      hearth_trainer_tell (GTK_WIDGET (self), _("The PIN Was Not Removed"), error->message);
      return;
    }

  hearth_trainer_workshops_reload (self);
  /* The picker must not ask her for the PIN she no longer has. */
  g_signal_emit (self, signals[LEARNERS_CHANGED], 0);
  /* Translators: %s is a learner's name */
  message = g_strdup_printf (_("%s has no PIN now. She can choose a new one from “My PIN”."),
                             hearth_learner_get_display_name (learner));
  hearth_trainer_toast (GTK_WIDGET (self), message);
}

/* For a learner who forgot her PIN: nobody can read it back, but the
 * trainer can take it away. */
static void
remove_pin_clicked_cb (GtkButton              *button,
                       HearthTrainerWorkshops *self)
{
  HearthLearner *learner = g_object_get_data (G_OBJECT (button), "learner");
  /* Translators: %s is a learner's name */
  g_autofree char *heading = g_strdup_printf (_("Remove %s’s PIN?"), hearth_learner_get_display_name (learner));

  hearth_trainer_confirm (GTK_WIDGET (self), heading,
                          _("She can then sign in without a PIN, and choose a new one from “My PIN” in the "
                            "Main Menu. Until she does, anyone using this laptop can open her lessons."),
                          _("_Remove PIN"), remove_pin_confirmed, G_OBJECT (self),
                          g_object_ref (learner), g_object_unref);
}

/* The rows */

static GtkWidget *
make_icon_button (const char *icon_name,
                  const char *name,
                  const char *key,
                  gpointer    item,
                  GCallback   callback,
                  gpointer    self)
{
  GtkWidget *button = hearth_icon_button_new (icon_name, name);

  /* Tests and screen readers find the button by its name. */
  gtk_widget_set_name (button, name);
  g_object_set_data (G_OBJECT (button), key, item);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

/* A button with words on it, as "Remove PIN" must be plain to see; its
 * name, for tests and screen readers, says whose PIN. */
static GtkWidget *
make_text_button (const char *label,
                  const char *name,
                  gpointer    item,
                  GCallback   callback,
                  gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_name (button, name);
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (button), "learner", item);
  g_signal_connect (button, "clicked", callback, self);
  return button;
}

static GtkWidget *
make_workshop_row (HearthTrainerWorkshops *self,
                   HearthWorkshop         *workshop)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *members = member_names (self, workshop->id);
  /* Translators: %1$s is a date such as 2024-03-21, %2$s a place */
  g_autofree char *when_where = workshop->place[0] != '\0'
                                ? g_strdup_printf (_("%1$s, at %2$s"), workshop->held_on, workshop->place)
                                : g_strdup (workshop->held_on);
  /* Translators: a button's name; %s is the name of a workshop */
  g_autofree char *change_name = g_strdup_printf (_("Change %s"), workshop->name);
  /* Translators: a button's name; %s is the name of a workshop */
  g_autofree char *delete_name = g_strdup_printf (_("Delete %s"), workshop->name);

  gtk_box_append (GTK_BOX (labels), make_label (workshop->name, "title-4"));
  gtk_box_append (GTK_BOX (labels), make_label (when_where, "dim-label"));
  gtk_box_append (GTK_BOX (labels), make_label (members, NULL));
  gtk_widget_set_hexpand (labels, TRUE);

  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), make_icon_button ("document-edit-symbolic", change_name, "workshop", workshop,
                                                   G_CALLBACK (edit_workshop_clicked_cb), self));
  gtk_box_append (GTK_BOX (box), make_icon_button ("user-trash-symbolic", delete_name, "workshop", workshop,
                                                   G_CALLBACK (delete_workshop_clicked_cb), self));
  return make_row (box);
}

static GtkWidget *
make_workshop_choice (HearthTrainerWorkshops *self,
                      HearthLearner          *learner)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *choice;

  gtk_string_list_append (names, _("No workshop"));
  for (guint i = 0; i < self->workshops->len; i++)
    gtk_string_list_append (names, ((HearthWorkshop *) g_ptr_array_index (self->workshops, i))->name);

  choice = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  hearth_trainer_drop_down_init (GTK_DROP_DOWN (choice));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (choice), workshop_position (self, hearth_learner_get_workshop_id (learner)));
  gtk_widget_set_halign (choice, GTK_ALIGN_START);
  g_object_set_data_full (G_OBJECT (choice), "learner", g_object_ref (learner), g_object_unref);
  /* After the first choice is set, so building the row changes nothing. */
  g_signal_connect (choice, "notify::selected", G_CALLBACK (learner_workshop_chosen_cb), self);
  return choice;
}

static GtkWidget *
make_learner_row (HearthTrainerWorkshops *self,
                  HearthLearner          *learner)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *choice = make_workshop_choice (self, learner);
  GtkWidget *choice_label = gtk_label_new (_("Workshop:"));
  /* Translators: a button's name; %s is a learner's name */
  g_autofree char *erase_name = g_strdup_printf (_("Erase %s"), hearth_learner_get_display_name (learner));

  gtk_accessible_update_relation (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  choice_label, NULL, -1);
  gtk_box_append (GTK_BOX (line), choice_label);
  gtk_box_append (GTK_BOX (line), choice);
  gtk_box_append (GTK_BOX (details), make_label (hearth_learner_get_display_name (learner), "title-4"));
  gtk_box_append (GTK_BOX (details), line);
  gtk_widget_set_hexpand (details, TRUE);

  gtk_box_append (GTK_BOX (box), hearth_avatar_image_new (hearth_learner_get_avatar (learner), 48));
  gtk_box_append (GTK_BOX (box), details);
  if (hearth_learner_get_has_pin (learner))
    {
      /* Translators: a button's name; %s is a learner's name */
      g_autofree char *remove_pin_name = g_strdup_printf (_("Remove %s’s PIN"),
                                                          hearth_learner_get_display_name (learner));

      gtk_box_append (GTK_BOX (box), make_text_button (_("Remove PIN"), remove_pin_name, learner,
                                                       G_CALLBACK (remove_pin_clicked_cb), self));
    }
  gtk_box_append (GTK_BOX (box), make_icon_button ("user-trash-symbolic", erase_name, "learner", learner,
                                                   G_CALLBACK (delete_learner_clicked_cb), self));
  return make_row (box);
}

static void
reload_workshop_rows (HearthTrainerWorkshops *self)
{
  clear_list (self->workshops_list);
  for (guint i = 0; i < self->workshops->len; i++)
    gtk_list_box_append (self->workshops_list, make_workshop_row (self, g_ptr_array_index (self->workshops, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->workshops_list), self->workshops->len > 0);
  gtk_widget_set_visible (self->no_workshops_label, self->workshops->len == 0);
}

/* GObject and GtkWidget vfuncs */

static void
hearth_trainer_workshops_dispose (GObject *object)
{
  HearthTrainerWorkshops *self = HEARTH_TRAINER_WORKSHOPS (object);

  hearth_page_dispose (GTK_WIDGET (self), HEARTH_TYPE_TRAINER_WORKSHOPS);
  g_clear_pointer (&self->workshops, g_ptr_array_unref);
  g_clear_pointer (&self->learners, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (hearth_trainer_workshops_parent_class)->dispose (object);
}

static void
hearth_trainer_workshops_class_init (HearthTrainerWorkshopsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hearth_trainer_workshops_dispose;

  /* A learner was erased or lost her PIN: the picker should read them again. */
  signals[LEARNERS_CHANGED] =
    g_signal_new ("learners-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/hearthapp/Hearth/ui/hearth-trainer-workshops.ui");
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerWorkshops, workshops_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerWorkshops, no_workshops_label);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerWorkshops, form_slot);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerWorkshops, learners_list);
  gtk_widget_class_bind_template_child (widget_class, HearthTrainerWorkshops, no_learners_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
hearth_trainer_workshops_init (HearthTrainerWorkshops *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public functions */

GtkWidget *
hearth_trainer_workshops_new (HearthContext *context)
{
  HearthTrainerWorkshops *self = g_object_new (HEARTH_TYPE_TRAINER_WORKSHOPS, NULL);

  self->context = g_object_ref (context);
  self->form = hearth_workshop_form_new (context);
  g_signal_connect (self->form, "saved", G_CALLBACK (workshop_saved_cb), self);
  gtk_box_append (self->form_slot, self->form);
  hearth_trainer_workshops_reload (self);
  return GTK_WIDGET (self);
}

/* Reads both lists again from the profile. */
void
hearth_trainer_workshops_reload (HearthTrainerWorkshops *self)
{
  HearthStore *store;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (HEARTH_IS_TRAINER_WORKSHOPS (self));

  store = get_store (self);
  /* The rows point into the lists: empty them first. */
  clear_list (self->workshops_list);
  clear_list (self->learners_list);
  g_clear_pointer (&self->workshops, g_ptr_array_unref);
  g_clear_pointer (&self->learners, g_ptr_array_unref);

  if (store != NULL)
    self->workshops = hearth_store_list_workshops (store, &error);
  if (self->workshops != NULL)
    self->learners = hearth_store_list_learners (store, &error);
  if (error != NULL)
    hearth_trainer_toast (GTK_WIDGET (self), error->message);
  if (self->workshops == NULL)
    self->workshops = g_ptr_array_new_with_free_func ((GDestroyNotify) hearth_workshop_free);
  if (self->learners == NULL)
    self->learners = g_ptr_array_new_with_free_func (g_object_unref);

  reload_workshop_rows (self);
  for (guint i = 0; i < self->learners->len; i++)
    gtk_list_box_append (self->learners_list, make_learner_row (self, g_ptr_array_index (self->learners, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->learners_list), self->learners->len > 0);
  gtk_widget_set_visible (self->no_learners_label, self->learners->len == 0);
}
