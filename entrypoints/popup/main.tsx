import { render } from 'preact';
render(<p>Deal Lens</p>, document.getElementById('app')!);
