/**
 * 网址名, the Q&A form's first field: the name of a new article's file and address
 * (content/qa/<网址名>.md, /qa/<网址名>/). It is required, so Decap marks it so and checks it, yet
 * an existing article's file already has its name and the entry holds none (the name is not in
 * the file): there the field shows that name, read-only, and gives it to Decap's checks, so the
 * entry is not changed by opening it.
 */
import type { ControlProps } from './decap';

type Self = { props: ControlProps<string> };

/** The existing file's name, or undefined for a new article. */
function existingSlug(props: ControlProps<string>): string | undefined {
  const { entry } = props;
  return entry.get('newRecord') ? undefined : (entry.get('slug') as string | undefined) || undefined;
}

export function slugControl(): unknown {
  const h = window.h;
  return window.createClass({
    // Decap checks this value (required, pattern) instead of the field's own, which an existing article does not have.
    getValidateValue(this: Self) {
      return existingSlug(this.props) ?? this.props.value;
    },
    render(this: Self) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, value, onChange } = this.props;
      const slug = existingSlug(this.props);
      return h('input', {
        id: forID,
        type: 'text',
        className: classNameWrapper,
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        ...(slug === undefined
          ? { value: value ?? '', onChange: (event: { target: HTMLInputElement }) => onChange(event.target.value) }
          : { value: slug, readOnly: true, 'aria-readonly': true }),
      });
    },
  });
}
