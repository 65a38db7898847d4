/**
 * A group of fields (联系方式, and the bulletin's 本期): Decap's object widget without its top
 * bar. That bar is an unlabeled grey strip while the group is open (it shows the label only once
 * collapsed); the group's label stands above it like any field's, so the bar only hid that. The
 * object widget draws no bar inside a list, which is how it is asked to leave it out here.
 */
import type { ControlProps } from './decap';

/** The object control inside, which validates and focuses the fields it holds. */
interface Inner {
  validate?(): void;
  focus?(path?: string): void;
}

export type GroupSelf = { props: ControlProps; inner?: Inner };

/** What a control wrapping the object widget forwards to it, so Decap checks and focuses the fields inside. */
export const objectDelegation = {
  // Decap validates a top-level field through its control's validate(): the object widget's checks every field inside.
  validate(this: GroupSelf) {
    this.inner?.validate?.();
  },
  focus(this: GroupSelf, path?: string) {
    this.inner?.focus?.(path);
  },
  // Like the object widget: nested fields update on every change, not only when our value does.
  shouldComponentUpdate: () => true,
};

/** Decap's object control for this field, without its bar. */
export function objectWithoutBar(self: GroupSelf): unknown {
  const ObjectControl = self.props.resolveWidget('object').control;
  return window.h(ObjectControl, {
    ...self.props,
    forList: true,
    ref: (inner: Inner | null) => {
      self.inner = inner ?? undefined;
    },
  });
}

export function groupControl(): unknown {
  return window.createClass({
    ...objectDelegation,
    render(this: GroupSelf) {
      return objectWithoutBar(this);
    },
  });
}
