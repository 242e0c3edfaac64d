/* hearth-window-trainer.c: going into trainer mode, and out of it
 *
 * Part of HearthWindow. "For Trainers" on the learner picker adds the
 * trainer page, which asks for the trainer PIN before it shows anything.
 * Leaving, by its button, by Back, or by any move to another page, removes
 * the whole page from the window, so nothing of the trainer's screens is
 * left behind for the next learner, and the next visit asks for the PIN
 * again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "hearth-learner-picker.h"
#include "hearth-trainer-page.h"
#include "hearth-window-private.h"

static void
leave_cb (HearthWindow *self)
{
  hearth_learner_picker_reload (HEARTH_LEARNER_PICKER (self->picker));
  /* show_page() takes the trainer page away. */
  hearth_window_show_page (self, "picker");
}

static void
learners_changed_cb (HearthWindow *self)
{
  hearth_learner_picker_reload (HEARTH_LEARNER_PICKER (self->picker));
}

static GtkWidget *
new_trainer_page (HearthWindow *self)
{
  GtkWidget *page = hearth_trainer_page_new (self->context);

  g_signal_connect_object (page, "leave", G_CALLBACK (leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (page, "learners-changed", G_CALLBACK (learners_changed_cb), self, G_CONNECT_SWAPPED);
  return page;
}

void
hearth_window_open_trainer (HearthWindow *self)
{
  if (hearth_context_get_store (self->context) == NULL)
    return;

  /* Nobody is learning while the trainer is here. */
  hearth_context_set_learner (self->context, NULL);
  if (self->trainer_page == NULL)
    {
      self->trainer_page = new_trainer_page (self);
      gtk_stack_add_named (self->stack, self->trainer_page, "trainer");
    }
  hearth_window_show_page (self, "trainer");
}

/* Removes the trainer page, if it is there. */
void
hearth_window_close_trainer (HearthWindow *self)
{
  GtkWidget *page = g_steal_pointer (&self->trainer_page);
  GtkWidget *focus;

  if (page == NULL)
    return;

  /* GTK 4.8 trips over a focused entry leaving the window. */
  focus = gtk_window_get_focus (GTK_WINDOW (self));
  if (focus != NULL && gtk_widget_is_ancestor (focus, page))
    gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_remove (self->stack, page);
}

/* Back inside trainer mode: out of changing the PIN, or out of trainer mode. */
void
hearth_window_trainer_back (HearthWindow *self)
{
  if (self->trainer_page == NULL ||
      !hearth_trainer_page_go_back (HEARTH_TRAINER_PAGE (self->trainer_page)))
    leave_cb (self);
}

/* After a change of language: a new page in the new language, at the same
 * tab, without asking for the PIN again. */
void
hearth_window_rebuild_trainer (HearthWindow *self)
{
  GtkWidget *old_page = self->trainer_page;

  if (old_page == NULL)
    return;

  self->trainer_page = new_trainer_page (self);
  hearth_trainer_page_continue_from (HEARTH_TRAINER_PAGE (self->trainer_page), HEARTH_TRAINER_PAGE (old_page));
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
  gtk_stack_remove (self->stack, old_page);
  gtk_stack_add_named (self->stack, self->trainer_page, "trainer");
}
