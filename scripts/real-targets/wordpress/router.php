<?php
// PHP's built-in server runs this before every request. Debian's wp-config.php picks
// /etc/wordpress/config-NAME.php from the web server's WORDPRESS_CONFIG variable; this passes
// the NAME that scripts/real-targets/ctl chose, then lets the server serve the request as usual.
$_SERVER['WORDPRESS_CONFIG'] = getenv('DOCDRIFT_WP_CONFIG');
return false;
